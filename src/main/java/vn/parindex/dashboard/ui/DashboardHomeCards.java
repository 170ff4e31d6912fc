package vn.parindex.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Locale;
import vn.parindex.dashboard.Dashboards;
import vn.parindex.dashboard.UnitDashboard;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;
import vn.parindex.shared.ui.Card;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shell.HomeCards;

/**
 * The way to the dashboards from the home page: the province dashboard for the secretariat, council
 * and leaders; for a focal point their unit's latest published index and rank, and the way to their
 * unit dashboard.
 */
@SpringComponent
class DashboardHomeCards implements HomeCards {

    private final Dashboards dashboards;

    DashboardHomeCards(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<Component> cardsFor(CurrentUser user) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        if (user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.COUNCIL_MEMBER) || user.hasRole(Role.LEADER)) {
            Card card = new Card(ui.getTranslation("dashboard.home.title"), ui.getTranslation("dashboard.home.text"));
            card.setId("home-dashboard");
            card.addClassName("portal-card-dashboard");
            Anchor open = new Anchor(
                    RouteConfiguration.forSessionScope().getUrl(ProvinceDashboardView.class),
                    ui.getTranslation("dashboard.home.open"));
            open.setId("home-dashboard-open");
            card.add(open);
            return List.of(card);
        }
        if (user.hasRole(Role.FOCAL_POINT) && user.unitId() != null) {
            UnitDashboard dashboard = dashboards.unit(null);
            Card card = new Card(ui.getTranslation("dashboard.unit.homeTitle"));
            card.setId("home-unit-dashboard");
            card.addClassName("portal-card-dashboard");
            if (dashboard.latest() != null) {
                card.line(ui.getTranslation(
                        "dashboard.unit.homeLatest",
                        String.valueOf(dashboard.latestYear()),
                        Formats.score(dashboard.latest().index(), locale),
                        dashboard.latest().rank()));
            }
            Anchor open = new Anchor(
                    RouteConfiguration.forSessionScope().getUrl(UnitDashboardView.class),
                    ui.getTranslation("dashboard.home.open"));
            open.setId("home-unit-dashboard-open");
            card.add(open);
            return List.of(card);
        }
        return List.of();
    }
}
