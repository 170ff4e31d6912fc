package vn.parindex.awards.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import vn.parindex.awards.AwardType;
import vn.parindex.awards.AwardTypeUsage;
import vn.parindex.awards.AwardTypes;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * The configurable award types: the secretariat adds, renames, deactivates or reactivates a type,
 * chooses the default and deletes a type nothing uses; the leader reads the list. Each action is one
 * {@link AwardTypes} call with the version shown.
 */
@Route("awards/types")
@Menu(title = "menu.awardTypes", order = 39, icon = "vaadin:list-ul")
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
public class AwardTypesView extends VerticalLayout implements HasDynamicTitle {

    private final transient AwardTypes types;
    private final boolean edits;
    private final Grid<AwardTypeUsage> grid = new Grid<>();
    private final HorizontalLayout rowActions = new HorizontalLayout();

    public AwardTypesView(AwardTypes types, CurrentUserService currentUser) {
        this.types = types;
        this.edits = currentUser.require().hasRole(Role.SECRETARIAT);
        setId("award-types-view");
        addClassName("portal-page");
        grid.setId("award-types-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(u -> u.type().nameVi())
                .setHeader(getTranslation("awards.type.nameVi"))
                .setFlexGrow(3);
        grid.addColumn(u -> u.type().nameEn())
                .setHeader(getTranslation("awards.type.nameEn"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("awards.type.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(u -> getTranslation("awards.type.usage", u.nominations(), u.rules()))
                .setHeader(getTranslation("awards.type.used"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> showRowActions());
        rowActions.setId("award-types-row-actions");
        add(new H2(getTranslation("menu.awardTypes")), new Paragraph(getTranslation("awards.type.intro")));
        if (edits) {
            Button add = new Button(getTranslation("awards.type.add"), e -> dialog(null));
            add.setId("award-types-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        add(grid, rowActions);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.awardTypes");
    }

    private Span state(AwardTypeUsage usage) {
        AwardType type = usage.type();
        Span badge = new Span(getTranslation(
                type.defaultType()
                        ? "awards.type.default"
                        : type.active() ? "awards.type.active" : "awards.type.inactive"));
        badge.getElement()
                .getThemeList()
                .add(type.defaultType() ? "badge success" : type.active() ? "badge" : "badge contrast");
        return badge;
    }

    private void refresh() {
        grid.setItems(types.list());
        showRowActions();
    }

    private void showRowActions() {
        rowActions.removeAll();
        AwardTypeUsage selected = grid.getSelectedItems().stream().findFirst().orElse(null);
        if (!edits || selected == null) {
            return;
        }
        AwardType type = selected.type();
        rowActions.add(button("award-types-rename", "awards.type.rename", null, () -> dialog(type)));
        if (type.active() && !type.defaultType()) {
            rowActions.add(button(
                    "award-types-default",
                    "awards.type.makeDefault",
                    ButtonVariant.LUMO_SUCCESS,
                    () -> run(() -> types.makeDefault(type.id(), type.version()))));
            rowActions.add(button(
                    "award-types-deactivate",
                    "awards.type.deactivate",
                    null,
                    () -> run(() -> types.deactivate(type.id(), type.version()))));
        }
        if (!type.active()) {
            rowActions.add(button(
                    "award-types-reactivate",
                    "awards.type.reactivate",
                    null,
                    () -> run(() -> types.reactivate(type.id(), type.version()))));
        }
        if (!selected.used() && !type.defaultType()) {
            rowActions.add(button(
                    "award-types-delete",
                    "awards.type.delete",
                    ButtonVariant.LUMO_ERROR,
                    () -> run(() -> {
                        types.delete(type.id(), type.version());
                        return type;
                    })));
        }
    }

    private void dialog(AwardType existing) {
        Dialog dialog = new Dialog();
        dialog.setId("award-types-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "awards.type.add" : "awards.type.rename"));
        TextField nameVi = new TextField(getTranslation("awards.type.nameVi"));
        nameVi.setId("award-types-name-vi");
        TextField nameEn = new TextField(getTranslation("awards.type.nameEn"));
        nameEn.setId("award-types-name-en");
        for (TextField field : new TextField[] {nameVi, nameEn}) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
            field.setMaxLength(TextLimits.NAME);
        }
        if (existing != null) {
            nameVi.setValue(existing.nameVi());
            nameEn.setValue(existing.nameEn());
        }
        Button save = button("award-types-save", "awards.save", ButtonVariant.LUMO_PRIMARY, () -> {
            nameVi.setInvalid(false);
            nameEn.setInvalid(false);
            try {
                if (existing == null) {
                    types.add(nameVi.getValue(), nameEn.getValue());
                } else {
                    types.rename(existing.id(), existing.version(), nameVi.getValue(), nameEn.getValue());
                }
                Notifications.success(getTranslation("awards.type.saved"));
                dialog.close();
                refresh();
            } catch (BusinessRuleException refusal) {
                String message = Messages.of(this, refusal);
                TextField field = refusal.messageKey().startsWith("awards.type.nameVi.")
                        ? nameVi
                        : refusal.messageKey().startsWith("awards.type.nameEn.") ? nameEn : null;
                if (field == null) {
                    Notifications.error(message);
                } else {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            }
        });
        VerticalLayout form = new VerticalLayout(nameVi, nameEn);
        form.setPadding(false);
        form.setWidth("32rem");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("awards.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        return button;
    }

    /** One service call; a refusal is shown, the list is read again either way. */
    private void run(Supplier<AwardType> call) {
        try {
            call.get();
            Notifications.success(getTranslation("awards.type.saved"));
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
        }
        grid.deselectAll();
        refresh();
    }
}
