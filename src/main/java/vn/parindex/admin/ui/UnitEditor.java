package vn.parindex.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.UnitAdministration;
import vn.parindex.organization.UnitDraft;
import vn.parindex.organization.UnitSummary;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** Creates or edits one unit; the service decides, the dialog shows its answer at the field. */
class UnitEditor extends Dialog {

    private final transient UnitAdministration administration;
    private final UnitSummary unit;
    private final Runnable onChange;

    private final TextField code = new TextField();
    private final TextField nameVi = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField shortName = new TextField();
    private final Select<BlockSummary> block = new Select<>();
    private final Checkbox ranked = new Checkbox();
    private final TextField headName = new TextField();
    private final TextField headTitleVi = new TextField();
    private final TextField headTitleEn = new TextField();
    private final IntegerField sortOrder = new IntegerField();
    private final Map<String, HasValidation> fieldsByRule;

    UnitEditor(UnitAdministration administration, List<BlockSummary> blocks, UnitSummary unit, Runnable onChange) {
        this.administration = administration;
        this.unit = unit;
        this.onChange = onChange;
        setId("unit-editor");
        setHeaderTitle(getTranslation(unit == null ? "units.new" : "units.edit"));
        setWidth("min(760px, 96vw)");

        label(code, "units.code", "unit-code");
        code.setHelperText(getTranslation("units.codeHint"));
        code.setReadOnly(unit != null);
        label(nameVi, "units.nameVi", "unit-name-vi");
        label(nameEn, "units.nameEn", "unit-name-en");
        label(shortName, "units.shortName", "unit-short-name");
        nameVi.setMaxLength(TextLimits.NAME);
        nameEn.setMaxLength(TextLimits.NAME);
        shortName.setMaxLength(TextLimits.SHORT_NAME);
        label(headName, "units.headName", "unit-head-name");
        label(headTitleVi, "units.headTitleVi", "unit-head-title-vi");
        label(headTitleEn, "units.headTitleEn", "unit-head-title-en");
        block.setLabel(getTranslation("units.block"));
        block.setId("unit-block");
        block.setItems(blocks.stream()
                .sorted(Comparator.comparingInt(BlockSummary::sortOrder))
                .toList());
        block.setItemLabelGenerator(item -> item.name(getLocale()));
        ranked.setLabel(getTranslation("units.rankedHint"));
        ranked.setId("unit-ranked");
        sortOrder.setLabel(getTranslation("units.sortOrder"));
        sortOrder.setId("unit-sort-order");
        sortOrder.setMin(0);
        sortOrder.setStepButtonsVisible(true);
        code.setRequiredIndicatorVisible(true);
        nameVi.setRequiredIndicatorVisible(true);
        nameEn.setRequiredIndicatorVisible(true);
        shortName.setRequiredIndicatorVisible(true);
        block.setRequiredIndicatorVisible(true);

        fieldsByRule = Map.of(
                "code", code,
                "unit.code", code,
                "unit.nameVi", nameVi,
                "unit.nameEn", nameEn,
                "unit.shortName", shortName,
                "unit.block", block);

        FormLayout form = new FormLayout(
                code, shortName, nameVi, nameEn, block, sortOrder, headName, ranked, headTitleVi, headTitleEn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        form.setColspan(nameVi, 2);
        form.setColspan(nameEn, 2);
        add(form);

        if (unit != null) {
            code.setValue(unit.code());
            nameVi.setValue(unit.nameVi());
            nameEn.setValue(unit.nameEn());
            shortName.setValue(unit.shortName());
            blocks.stream().filter(b -> b.id() == unit.blockId()).findFirst().ifPresent(block::setValue);
            ranked.setValue(unit.ranked());
            headName.setValue(nullToEmpty(unit.headName()));
            headTitleVi.setValue(nullToEmpty(unit.headTitleVi()));
            headTitleEn.setValue(nullToEmpty(unit.headTitleEn()));
            sortOrder.setValue(unit.sortOrder());
            Span status = new Span(getTranslation(unit.active() ? "status.active" : "status.inactive"));
            status.getElement().getThemeList().add(unit.active() ? "badge success" : "badge contrast");
            getHeader().add(status);
        } else {
            ranked.setValue(true);
            sortOrder.setValue(0);
        }
        buildFooter();
    }

    private void buildFooter() {
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("unit-cancel");
        if (unit != null) {
            Button toggle = new Button(
                    getTranslation(unit.active() ? "units.deactivate" : "units.activate"), event -> toggleActive());
            toggle.setId("unit-toggle-active");
            toggle.addThemeVariants(unit.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            Button delete = new Button(getTranslation("action.delete"), event -> confirmDelete());
            delete.setId("unit-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(delete, toggle);
        }
        getFooter().add(cancel, save);
    }

    private void save() {
        clearErrors();
        UnitDraft draft = new UnitDraft(
                code.getValue(),
                nameVi.getValue(),
                nameEn.getValue(),
                shortName.getValue(),
                block.getValue() == null ? null : block.getValue().id(),
                ranked.getValue(),
                headName.getValue(),
                headTitleVi.getValue(),
                headTitleEn.getValue(),
                sortOrder.getValue() == null ? 0 : sortOrder.getValue());
        try {
            if (unit == null) {
                administration.createUnit(draft);
            } else {
                administration.updateUnit(unit.id(), unit.version(), draft);
            }
            Notifications.success(getTranslation("units.saved"));
            close();
            onChange.run();
        } catch (BusinessRuleException refusal) {
            showRefusal(refusal);
        }
    }

    private void toggleActive() {
        try {
            administration.setActive(unit.id(), unit.version(), !unit.active());
            Notifications.success(getTranslation(unit.active() ? "units.deactivated" : "units.activated"));
            close();
            onChange.run();
        } catch (BusinessRuleException refusal) {
            showRefusal(refusal);
        }
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("unit-delete-confirm");
        confirm.setHeader(getTranslation("units.delete.title"));
        confirm.setText(getTranslation("units.delete.text", unit.shortName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                administration.deleteUnit(unit.id());
                Notifications.success(getTranslation("units.deleted"));
                close();
                onChange.run();
            } catch (BusinessRuleException refusal) {
                showRefusal(refusal);
            }
        });
        confirm.open();
    }

    private void showRefusal(BusinessRuleException refusal) {
        String message = Messages.of(this, refusal);
        fieldsByRule.entrySet().stream()
                .filter(entry -> refusal.messageKey().startsWith(entry.getKey() + "."))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .ifPresentOrElse(
                        entry -> {
                            entry.getValue().setErrorMessage(message);
                            entry.getValue().setInvalid(true);
                        },
                        () -> Notifications.error(message));
    }

    private void clearErrors() {
        fieldsByRule.values().forEach(field -> field.setInvalid(false));
    }

    private void label(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setWidthFull();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
