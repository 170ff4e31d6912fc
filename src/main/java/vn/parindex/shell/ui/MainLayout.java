package vn.parindex.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.security.AccountService;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.shared.Locales;
import vn.parindex.shell.HeaderContributions;

/**
 * The frame around every signed-in view: portal and province name, a side menu built from the
 * views' {@code @Menu} annotations (only what the user may open), what features add to the header
 * ({@link HeaderContributions}), and the user's menu with unit, roles, language, the features' entries,
 * password change and logout.
 */
@StyleSheet(PortalAppShell.STYLE_SHEET)
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient AccountService accounts;
    private final transient CurrentUserService currentUsers;
    private final transient OrganizationDirectory organization;
    private final transient List<HeaderContributions> contributions;
    private final SideNav navigation = new SideNav();
    private final H1 viewTitle = new H1();

    public MainLayout(
            AuthenticationContext authentication,
            AccountService accounts,
            CurrentUserService currentUsers,
            OrganizationDirectory organization,
            List<HeaderContributions> contributions) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.contributions = contributions.stream()
                .sorted(Comparator.comparingInt(HeaderContributions::order))
                .toList();
        setPrimarySection(Section.DRAWER);
        addClassName("portal-layout");
        addToDrawer(brand(), new Scroller(navigation), drawerFooter());
        addToNavbar(true, header());
    }

    private Component brand() {
        Span portal = new Span(getTranslation("app.name"));
        portal.addClassName("portal-brand-name");
        Span province =
                new Span(organization.province().map(p -> p.name(getLocale())).orElse(""));
        province.addClassName("portal-brand-province");
        Header brand = new Header(new Icon(VaadinIcon.CHART_GRID), new Div(portal, province));
        brand.addClassName("portal-brand");
        return brand;
    }

    /** The agency running the index, as set up (the footer and the secretariat's role name it). */
    private String agency() {
        return organization.agency(getLocale()).orElseGet(() -> getTranslation("agency.unset"));
    }

    private Component drawerFooter() {
        Footer footer = new Footer(new Span(getTranslation("app.footer", agency())));
        footer.addClassName("portal-drawer-footer");
        return footer;
    }

    private Component header() {
        viewTitle.addClassName("portal-view-title");
        Div spacer = new Div();
        spacer.addClassName("portal-spacer");
        Header header = new Header(new DrawerToggle(), viewTitle, spacer);
        CurrentUser user = currentUsers.require();
        contributions.forEach(contribution -> contribution.headerItemsFor(user).forEach(header::add));
        header.add(userMenu());
        header.addClassName("portal-header");
        return header;
    }

    private Component userMenu() {
        CurrentUser user = currentUsers.require();
        Locale locale = getLocale();
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("user-menu");

        Div who = new Div();
        who.addClassName("portal-user");
        Span name = new Span(user.fullName());
        name.addClassName("portal-user-name");
        String roles = user.roles().stream()
                .sorted()
                .map(role -> getTranslation(role.labelKey(), agency()))
                .collect(Collectors.joining(", "));
        String unit =
                user.unitId() == null ? "" : organization.unit(user.unitId()).name(locale);
        Span details = new Span(unit.isEmpty() ? roles : unit + " · " + roles);
        details.addClassName("portal-user-details");
        details.setId("user-details");
        who.add(name, details);

        MenuItem root = menu.addItem(who);
        root.add(new Icon(VaadinIcon.CHEVRON_DOWN_SMALL));
        SubMenu sub = root.getSubMenu();
        MenuItem language = sub.addItem(new Span(getTranslation("header.language")));
        language.setId("menu-language");
        for (Locale option : Locales.SUPPORTED) {
            MenuItem item = language.getSubMenu()
                    .addItem(getTranslation("language." + option.getLanguage()), event -> switchLanguage(option));
            item.setId("language-" + option.getLanguage());
            item.setCheckable(true);
            item.setChecked(option.getLanguage().equals(locale.getLanguage()));
        }
        contributions.forEach(contribution -> contribution.addAccountMenuItems(sub, user));
        sub.addItem(getTranslation("header.changePassword"), event -> new ChangePasswordDialog(accounts).open())
                .setId("menu-change-password");
        sub.addItem(getTranslation("header.logout"), event -> authentication.logout())
                .setId("menu-logout");
        return menu;
    }

    private void switchLanguage(Locale locale) {
        accounts.changeLanguage(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            navigation.addItem(item);
        }
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
