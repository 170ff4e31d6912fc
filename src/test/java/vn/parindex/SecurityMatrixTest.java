package vn.parindex;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import vn.parindex.admin.ui.SetupView;
import vn.parindex.admin.ui.UnitImportView;
import vn.parindex.admin.ui.UnitsView;
import vn.parindex.admin.ui.UserImportView;
import vn.parindex.admin.ui.UsersView;
import vn.parindex.appraisal.ui.AppraiserConsistencyView;
import vn.parindex.appraisal.ui.CouncilVoteView;
import vn.parindex.appraisal.ui.SurveyImportView;
import vn.parindex.assessment.ui.AssessmentOverviewView;
import vn.parindex.assessment.ui.SelfAssessmentView;
import vn.parindex.criteria.ui.CriteriaView;
import vn.parindex.notification.ui.NotificationsView;
import vn.parindex.period.ui.PeriodsView;
import vn.parindex.security.Role;
import vn.parindex.shell.ui.AccessDeniedView;
import vn.parindex.shell.ui.ChangePasswordView;
import vn.parindex.shell.ui.ForgotPasswordView;
import vn.parindex.shell.ui.HomeView;
import vn.parindex.shell.ui.LoginView;
import vn.parindex.shell.ui.ResetPasswordView;
import vn.parindex.support.KaribuTest;

/**
 * Every route x every role x anonymous: the view opens for the roles it names and for nobody else.
 * The routes are found by scanning {@code @Route} classes; the expected access is this test's
 * table, and a route missing from it fails the test, so a new view is never left out.
 */
class SecurityMatrixTest extends KaribuTest {

    private static final Set<Role> EVERYONE = Set.of(Role.values());

    /** Pages for anonymous visitors only (a signed-in user is sent home); checked on their own below. */
    private static final Set<Role> ANONYMOUS_ONLY = Set.of();

    /** Pages anonymous visitors may open: signing in and the forgotten-password steps. */
    private static final Set<Class<?>> PUBLIC_PAGES =
            Set.of(LoginView.class, ForgotPasswordView.class, ResetPasswordView.class);

    private static final Map<Class<?>, Set<Role>> ACCESS = Map.ofEntries(
            Map.entry(LoginView.class, ANONYMOUS_ONLY),
            Map.entry(ForgotPasswordView.class, ANONYMOUS_ONLY),
            // A reset link works whoever opens it; the token decides whose password changes.
            Map.entry(ResetPasswordView.class, EVERYONE),
            Map.entry(HomeView.class, EVERYONE),
            Map.entry(ChangePasswordView.class, EVERYONE),
            Map.entry(NotificationsView.class, EVERYONE),
            Map.entry(UsersView.class, Set.of(Role.ADMIN)),
            Map.entry(vn.parindex.admin.ui.AuditView.class, Set.of(Role.ADMIN, Role.SECRETARIAT)),
            Map.entry(UnitsView.class, Set.of(Role.ADMIN, Role.SECRETARIAT)),
            Map.entry(SetupView.class, Set.of(Role.ADMIN)),
            Map.entry(UnitImportView.class, Set.of(Role.ADMIN, Role.SECRETARIAT)),
            Map.entry(UserImportView.class, Set.of(Role.ADMIN)),
            Map.entry(PeriodsView.class, Set.of(Role.SECRETARIAT, Role.COUNCIL_MEMBER, Role.LEADER)),
            Map.entry(CriteriaView.class, EVERYONE),
            Map.entry(SelfAssessmentView.class, Set.of(Role.FOCAL_POINT, Role.SECRETARIAT)),
            Map.entry(AssessmentOverviewView.class, Set.of(Role.SECRETARIAT)),
            Map.entry(vn.parindex.appraisal.ui.AppraisalQueueView.class, Set.of(Role.COUNCIL_MEMBER)),
            Map.entry(vn.parindex.appraisal.ui.AppraisalSheetView.class, Set.of(Role.COUNCIL_MEMBER, Role.SECRETARIAT)),
            Map.entry(vn.parindex.appraisal.ui.AssignmentsView.class, Set.of(Role.SECRETARIAT)),
            Map.entry(vn.parindex.appraisal.ui.ExplanationsView.class, Set.of(Role.FOCAL_POINT)),
            // Appraisal (issue 11): survey import, council vote, appraiser consistency
            Map.entry(SurveyImportView.class, Set.of(Role.SECRETARIAT)),
            Map.entry(CouncilVoteView.class, Set.of(Role.COUNCIL_MEMBER, Role.SECRETARIAT)),
            Map.entry(AppraiserConsistencyView.class, Set.of(Role.SECRETARIAT)),
            // Ranking (issue 12): results, publication
            Map.entry(
                    vn.parindex.ranking.ui.RankingView.class,
                    Set.of(Role.SECRETARIAT, Role.COUNCIL_MEMBER, Role.LEADER, Role.FOCAL_POINT)),
            // unit detail (reached from /ranking), what-if
            Map.entry(
                    vn.parindex.ranking.ui.UnitDetailView.class,
                    Set.of(Role.SECRETARIAT, Role.COUNCIL_MEMBER, Role.LEADER, Role.FOCAL_POINT)),
            Map.entry(vn.parindex.ranking.ui.WhatIfView.class, Set.of(Role.SECRETARIAT, Role.COUNCIL_MEMBER)),
            // Leader classification (issue 13): classification per block, rules per period
            Map.entry(vn.parindex.leaders.ui.LeadersView.class, Set.of(Role.SECRETARIAT, Role.LEADER)),
            Map.entry(vn.parindex.leaders.ui.LeaderRulesView.class, Set.of(Role.SECRETARIAT, Role.LEADER)),
            // Awards (issue 14): nominations, approval, decisions
            Map.entry(vn.parindex.awards.ui.AwardsView.class, Set.of(Role.SECRETARIAT, Role.LEADER, Role.FOCAL_POINT)),
            // award types: the secretariat edits, the leader reads
            Map.entry(vn.parindex.awards.ui.AwardTypesView.class, Set.of(Role.SECRETARIAT, Role.LEADER)),
            // Dashboards (issue 15): the province dashboard, a focal point's own unit dashboard
            Map.entry(
                    vn.parindex.dashboard.ui.ProvinceDashboardView.class,
                    Set.of(Role.SECRETARIAT, Role.COUNCIL_MEMBER, Role.LEADER)),
            Map.entry(vn.parindex.dashboard.ui.UnitDashboardView.class, Set.of(Role.FOCAL_POINT)));

    private record RouteAccess(String path, Class<?> view, Set<Role> allowed) {}

    private static final List<RouteAccess> ROUTES = scanRoutes().stream()
            .filter(view -> ACCESS.get(view) != ANONYMOUS_ONLY)
            .map(view ->
                    new RouteAccess(view.getAnnotation(Route.class).value(), view, ACCESS.getOrDefault(view, Set.of())))
            .toList();

    /** Every class annotated with {@code @Route} under vn.parindex, by class name. */
    private static List<Class<?>> scanRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("vn.parindex").stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(
                        candidate.getBeanClassName(), SecurityMatrixTest.class.getClassLoader()))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    @Test
    void everyRouteHasItsExpectedAccessInTheTable() {
        assertThat(scanRoutes())
                .as("routes found by scanning @Route; add a missing one to ACCESS")
                .containsExactlyInAnyOrderElementsOf(ACCESS.keySet());
    }

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
            for (RouteAccess route : ROUTES) {
                openAs(ACCOUNTS.get(role));
                UI.getCurrent().navigate(route.path());
                boolean opened =
                        !_find(route.view().asSubclass(Component.class)).isEmpty();
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
    void anonymousVisitorsSeeOnlyThePublicPages() {
        for (Class<?> view : scanRoutes()) {
            openAnonymous();
            UI.getCurrent().navigate(view.getAnnotation(Route.class).value());
            boolean opened = !_find(view.asSubclass(Component.class)).isEmpty();
            assertThat(opened).as("/" + view.getAnnotation(Route.class).value()).isEqualTo(PUBLIC_PAGES.contains(view));
        }
    }
}
