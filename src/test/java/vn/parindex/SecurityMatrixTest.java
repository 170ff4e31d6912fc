package vn.parindex;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.admin.ui.UnitsView;
import vn.parindex.admin.ui.UsersView;
import vn.parindex.assessment.ui.AssessmentOverviewView;
import vn.parindex.assessment.ui.SelfAssessmentView;
import vn.parindex.criteria.ui.CriteriaView;
import vn.parindex.notification.ui.NotificationsView;
import vn.parindex.period.ui.PeriodsView;
import vn.parindex.security.Role;
import vn.parindex.shell.ui.AccessDeniedView;
import vn.parindex.shell.ui.HomeView;
import vn.parindex.shell.ui.LoginView;
import vn.parindex.support.KaribuTest;

/**
 * Every route x every role x anonymous: the view opens for the roles it names and for nobody else.
 * Add a row when a view is added.
 */
class SecurityMatrixTest extends KaribuTest {

    private record Route(String path, Class<? extends Component> view, Set<Role> allowed) {}

    private static final Set<Role> EVERYONE = Set.of(Role.values());

    private static final List<Route> ROUTES = List.of(
            new Route("", HomeView.class, EVERYONE),
            new Route("notifications", NotificationsView.class, EVERYONE),
            new Route("admin/users", UsersView.class, Set.of(Role.ADMIN)),
            new Route("admin/units", UnitsView.class, Set.of(Role.ADMIN, Role.SECRETARIAT)),
            new Route("periods", PeriodsView.class, Set.of(Role.SECRETARIAT, Role.COUNCIL_MEMBER, Role.LEADER)),
            new Route("criteria", CriteriaView.class, EVERYONE),
            new Route("self-assessment", SelfAssessmentView.class, Set.of(Role.FOCAL_POINT, Role.SECRETARIAT)),
            new Route("self-assessment/overview", AssessmentOverviewView.class, Set.of(Role.SECRETARIAT)));

    /** One demo account per role, each holding only that role. */
    private static final Map<Role, String> ACCOUNTS = Map.of(
            Role.ADMIN, "admin",
            Role.SECRETARIAT, "noivu",
            Role.FOCAL_POINT, "gtvt",
            Role.COUNCIL_MEMBER, "hoidong1",
            Role.LEADER, "lanhdao");

    @Test
    void eachRoleOpensExactlyTheRoutesItMay() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Route route : ROUTES) {
                openAs(ACCOUNTS.get(role));
                UI.getCurrent().navigate(route.path());
                boolean opened = !_find(route.view()).isEmpty();
                boolean denied = !_find(AccessDeniedView.class).isEmpty();
                boolean expected = route.allowed().contains(role);
                if (opened != expected || denied == expected) {
                    wrong.add(role + " -> /" + route.path() + ": opened=" + opened + ", denied=" + denied);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anonymousVisitorsSeeOnlyTheLoginPage() {
        for (Route route : ROUTES) {
            openAnonymous();
            UI.getCurrent().navigate(route.path());
            assertThat(_find(route.view())).as("/" + route.path()).isEmpty();
        }
        openAnonymous();
        UI.getCurrent().navigate("login");
        assertThat(_find(LoginView.class)).hasSize(1);
    }
}
