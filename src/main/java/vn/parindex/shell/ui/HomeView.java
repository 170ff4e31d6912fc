package vn.parindex.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.ui.Card;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shell.HomeCards;

/**
 * The start page: a welcome, the user's unit, what each feature has waiting for the user (contributed
 * through {@link HomeCards}), and what each of their roles does in the cycle.
 */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(
            CurrentUserService currentUsers,
            OrganizationDirectory organization,
            List<HomeCards> contributions,
            Clock clock) {
        addClassName("portal-page");
        setId("home-view");
        CurrentUser user = currentUsers.require();
        H2 welcome = new H2(getTranslation("home.welcome", user.fullName()));
        welcome.setId("home-welcome");
        Span today = new Span(getTranslation("home.today", Formats.date(LocalDate.now(clock), getLocale())));
        today.addClassName("portal-muted");
        add(welcome, today);

        if (user.unitId() != null) {
            UnitSummary unit = organization.unit(user.unitId());
            Card card = new Card(getTranslation("home.yourUnit"), unit.name(getLocale()));
            card.setId("home-unit");
            if (unit.headName() != null) {
                card.line(getTranslation("home.headOfUnit", unit.headName(), unit.headTitle(getLocale())));
            }
            add(card);
        }
        List<Component> waiting = contributions.stream()
                .sorted(Comparator.comparingInt(HomeCards::order))
                .flatMap(contribution -> contribution.cardsFor(user).stream())
                .toList();
        if (!waiting.isEmpty()) {
            Div cards = new Div();
            cards.setId("home-due");
            cards.addClassName("portal-card-grid");
            waiting.forEach(cards::add);
            add(cards);
        }
        String agency = organization.agency(getLocale()).orElseGet(() -> getTranslation("agency.unset"));
        Div roles = new Div();
        roles.addClassName("portal-card-grid");
        for (Role role : user.roles().stream().sorted().toList()) {
            roles.add(new Card(getTranslation(role.labelKey(), agency), getTranslation("home.role." + role.name())));
        }
        add(roles);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
