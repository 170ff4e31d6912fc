package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.ranking.RankingResults;
import vn.parindex.ranking.UnitYearIndex;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/** The dashboards' data per role on the demo's published 2022/2023 results; refusals included. */
@PortalIntegrationTest
class DashboardsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Dashboards dashboards;

    @Autowired
    RankingResults ranking;

    @Autowired
    JdbcTemplate jdbc;

    private long period(int year) {
        return jdbc.queryForObject("select id from assessment_period where year = ?", Long.class, year);
    }

    private long block(String code) {
        return jdbc.queryForObject("select id from org_block where code = ?", Long.class, code);
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aLeaderSeesTheBlockTheYearsMoversProgressLeadersAndAwards() {
        SignIn.as(context, "lanhdao");
        ProvinceDashboard dashboard = dashboards.province(period(2023), block("DEPARTMENT"));

        assertThat(dashboard.results().published()).isTrue();
        assertThat(dashboard.results().ranked().get(0).unitCode()).isEqualTo("SGTVT");
        assertThat(dashboard.results().ranked().get(0).index()).isEqualByComparingTo(new BigDecimal("92.86"));
        assertThat(dashboard.history()).extracting(UnitYearIndex::year).contains(2022, 2023);
        assertThat(dashboard.history()).allMatch(row -> row.year() <= 2023 && row.year() > 2023 - Dashboards.YEARS);
        assertThat(dashboard.moversUp())
                .hasSizeLessThanOrEqualTo(Dashboards.MOVERS)
                .allMatch(m -> m.places() > 0);
        assertThat(dashboard.moversDown())
                .hasSizeLessThanOrEqualTo(Dashboards.MOVERS)
                .allMatch(m -> m.places() < 0);
        assertThat(dashboard.moversUp().size() + dashboard.moversDown().size()).isPositive();
        assertThat(dashboard.leaders()).isNotNull();
        assertThat(dashboard.awards()).isNotNull().isNotEmpty();
        // The current period is the newest not yet published: the demo's 2024 or one other tests add.
        assertThat(dashboard.progress()).isNotNull();
        assertThat(dashboard.progress().period().phase().isAtLeast(vn.parindex.period.Phase.PUBLISHED))
                .isFalse();
        assertThat(dashboard.progress().byStatus().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(dashboard.progress().units());
    }

    @Test
    void aCouncilMemberSeesTheResultsButNotTheLeadersOrAwardsItMayNotRead() {
        SignIn.as(context, "hoidong1");
        ProvinceDashboard dashboard = dashboards.province(period(2023), block("DEPARTMENT"));

        assertThat(dashboard.results().ranked()).isNotEmpty();
        assertThat(dashboard.leaders()).isNull();
        assertThat(dashboard.awards()).isNull();
    }

    @Test
    void aFocalPointOrAnAdministratorIsRefusedTheProvinceDashboard() {
        long period = period(2023);
        long departments = block("DEPARTMENT");
        SignIn.as(context, "gtvt");
        assertThatThrownBy(() -> dashboards.province(period, departments)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.periods()).isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "admin");
        assertThatThrownBy(() -> dashboards.province(period, departments)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.unit(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFocalPointSeesOnlyTheirOwnUnitPublishedAndAnotherUnitsIdIsRefused() {
        SignIn.as(context, "gtvt");
        long transport = unit("SGTVT");
        UnitDashboard dashboard = dashboards.unit(transport);

        assertThat(dashboard.unit().code()).isEqualTo("SGTVT");
        assertThat(dashboard.history()).isNotEmpty().allMatch(row -> row.unitId() == transport);
        assertThat(dashboard.latestYear()).isEqualTo(2023);
        assertThat(dashboard.latest().index()).isEqualByComparingTo(new BigDecimal("92.86"));
        assertThat(dashboard.averages()).hasSameSizeAs(dashboard.areas());
        assertThat(dashboards.unit(null).unit().id()).isEqualTo(transport);

        long health = unit("SYT");
        assertThatThrownBy(() -> dashboards.unit(health)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ranking.blockHistory(block("DISTRICT"), 2000, 2030))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ranking.blockHistory(block("DEPARTMENT"), 2000, 2030)).allMatch(row -> row.unitId() == transport);

        SignIn.as(context, "lanhdao");
        assertThatThrownBy(() -> dashboards.unit(null)).isInstanceOf(AccessDeniedException.class);
        assertThat(ranking.blockHistory(block("DEPARTMENT"), 2023, 2023))
                .extracting(UnitYearIndex::unitId)
                .contains(transport, health);
    }
}
