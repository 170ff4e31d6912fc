package vn.parindex.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserSummary;
import vn.parindex.shared.ui.Formats;

/** The IT administrator's list of accounts. */
@Route("admin/users")
@Menu(title = "menu.users", order = 91, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserAdministration administration;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final List<UnitSummary> units;
    private final Map<Long, UnitSummary> unitsById;
    private List<UserSummary> users = List.of();
    private final String agency;

    public UsersView(UserAdministration administration, OrganizationDirectory directory) {
        this.administration = administration;
        this.units = directory.units();
        this.agency = directory.agency(getLocale()).orElseGet(() -> getTranslation("agency.unset"));
        this.unitsById = units.stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        addClassName("portal-page");
        setSizeFull();
        setId("users-view");
        Locale locale = getLocale();

        search.setId("user-search");
        search.setLabel(getTranslation("action.search"));
        search.setPlaceholder(getTranslation("users.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("22em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> applyFilter());
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), event -> openEditor(null));
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("users.username"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(UserSummary::fullName)
                .setHeader(getTranslation("users.fullName"))
                .setFlexGrow(2);
        grid.addColumn(user -> user.unitId() == null
                        ? ""
                        : unitsById.get(user.unitId()).shortName())
                .setHeader(getTranslation("users.unit"))
                .setFlexGrow(1);
        grid.addColumn(user -> user.roles().stream()
                        .sorted()
                        .map(role -> getTranslation(role.labelKey(), agency))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("users.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(user -> Formats.dateTime(user.lastLoginAt(), locale))
                .setHeader(getTranslation("users.lastLogin"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(event -> openEditor(event.getItem()));
        grid.setSizeFull();

        add(toolbar, grid);
        reload();
    }

    private Span status(UserSummary user) {
        String key;
        String theme;
        if (!user.enabled()) {
            key = "status.disabled";
            theme = "badge contrast small";
        } else if (user.loginThrottle().blocked()) {
            key = "status.throttled";
            theme = "badge error small";
        } else {
            key = "status.active";
            theme = "badge success small";
        }
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private void openEditor(UserSummary user) {
        new UserEditor(
                        administration,
                        units,
                        agency,
                        user == null ? null : administration.user(user.id()),
                        this::reload)
                .open();
    }

    private void reload() {
        users = administration.users();
        applyFilter();
    }

    private void applyFilter() {
        String text = search.getValue() == null ? "" : search.getValue().trim().toLowerCase(getLocale());
        grid.setItems(users.stream()
                .filter(user -> text.isEmpty()
                        || (user.username() + " " + user.fullName())
                                .toLowerCase(getLocale())
                                .contains(text))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
