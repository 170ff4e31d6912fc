package vn.parindex.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.appraisal.AppraisalRows.bd;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;
import vn.parindex.support.Accounts;
import vn.parindex.support.JdbcRoundTrips;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Appraiser consistency: the figures per appraiser, the unit where one appraiser's deductions stand
 * out from the others' on the same criteria, and aggregate queries whose count does not grow with
 * the units. {@code AppraiserConsistencyBenchmark} measures 1,000 units x 200 items.
 */
@PortalIntegrationTest
class AppraiserConsistencyTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AppraiserConsistency consistency;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    PeriodDirectory periods;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void figuresPerAppraiserAndTheUnitWhereOneStandsOut() {
        long periodId = AppraisalRows.period(context, 2056, Phase.FINAL_APPRAISAL);
        long district = organization.blocks().stream()
                .filter(b -> b.code().equals("DISTRICT"))
                .findFirst()
                .orElseThrow()
                .id();
        List<Long> units = AppraisalRows.units(jdbc, district).subList(0, 12);
        // Deductions on 1.1.1 and 1.1.2 per unit; hoidong1 deducts far more on its fourth unit.
        String[][] deductions = {
            {"1.5", "1.5"}, {"1.5", "1.5"}, {"1.5", "1.5"}, {"10", "8"},
            {"1", "1.5"}, {"2", "1"}, {"1.5", "2"}, {"1", "1.5"},
            {"0", "1"}, {"2", "1.5"}, {"1.5", "1"}, {"1", "2"}
        };
        for (int i = 0; i < units.size(); i++) {
            long unit = units.get(i);
            String appraiser = "hoidong" + (i / 4 + 1);
            long appraisal = AppraisalRows.appraisal(jdbc, periodId, unit, "FINAL", false);
            AppraisalRows.item(
                    jdbc,
                    appraisal,
                    AppraisalRows.node(jdbc, periodId, unit, "1.1.1"),
                    bd("30"),
                    bd("30").subtract(bd(deductions[i][0])),
                    null,
                    appraiser);
            AppraisalRows.item(
                    jdbc,
                    appraisal,
                    AppraisalRows.node(jdbc, periodId, unit, "1.1.2"),
                    bd("25"),
                    bd("25").subtract(bd(deductions[i][1])),
                    null,
                    appraiser);
        }
        // A member assigned but without reviews is listed with zeros.
        String idle = Accounts.create(context, Role.COUNCIL_MEMBER, null);
        jdbc.update(
                "insert into appraisal_assignment (period_id, unit_id, member_id, assigned_by, assigned_at)"
                        + " select ?, ?, id, 'noivu', now() from app_user where username = ?",
                periodId,
                units.get(0),
                idle);

        SignIn.as(context, "noivu");
        ConsistencyReport report = consistency.report(periodId);

        Map<String, AppraiserStats> stats =
                report.appraisers().stream().collect(Collectors.toMap(AppraiserStats::username, Function.identity()));
        assertThat(stats).containsKeys("hoidong1", "hoidong2", "hoidong3", idle);
        AppraiserStats first = stats.get("hoidong1");
        assertThat(first.fullName()).isEqualTo("Phạm Thị Hương");
        assertThat(first.units()).isEqualTo(4);
        assertThat(first.itemsReviewed()).isEqualTo(8);
        assertThat(first.itemsChanged()).isEqualTo(8);
        assertThat(first.averageDeduction()).isEqualByComparingTo("3.38");
        assertThat(first.largestDeduction()).isEqualByComparingTo("10");
        AppraiserStats third = stats.get("hoidong3");
        assertThat(third.itemsChanged()).isEqualTo(7);
        assertThat(third.shareChanged()).isEqualByComparingTo("0.875");
        assertThat(stats.get(idle).itemsReviewed()).isZero();
        assertThat(stats.get(idle).units()).isEqualTo(1);

        assertThat(report.outliers())
                .filteredOn(o -> o.username().equals("hoidong1"))
                .extracting(ConsistencyOutlier::unitId)
                .containsExactly(units.get(3));
        ConsistencyOutlier outlier = report.outliers().stream()
                .filter(o -> o.unitId() == units.get(3))
                .findFirst()
                .orElseThrow();
        assertThat(outlier.items()).isEqualTo(2);
        assertThat(outlier.deduction()).isEqualByComparingTo("18");
        assertThat(outlier.deviations()).isGreaterThan(BigDecimal.valueOf(2));
        assertThat(report.outliers()).noneMatch(o -> units.subList(0, 3).contains(o.unitId()));

        SignIn.as(context, "hoidong1");
        assertThatThrownBy(() -> consistency.report(periodId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStatementsDoNotGrowWithTheUnits() {
        SignIn.as(context, "noivu");
        long periodId = AppraisalRows.ceiling(context);
        ConsistencyData data = ConsistencyData.create(jdbc, editor, catalog, periodId, "SVNQ", 100, 1);
        try {
            data.appraise(periodId, 0, 10);
            long small = statements(periodId);
            int smallOutliers = consistency.report(periodId).outliers().size();
            data.appraise(periodId, 10, 100);
            long large = statements(periodId);
            ConsistencyReport report = consistency.report(periodId);
            System.out.printf(
                    "PERF consistency: 10 units x 20 items -> %d statements; 100 units x 20 items -> %d statements"
                            + " (%d appraisers, %d -> %d outliers)%n",
                    small,
                    large,
                    report.appraisers().size(),
                    smallOutliers,
                    report.outliers().size());
            assertThat(large).isEqualTo(small).isPositive();
            assertThat(report.appraisers())
                    .filteredOn(a -> a.username().startsWith("nhat-quan-"))
                    .hasSize(5)
                    .allSatisfy(a -> assertThat(a.itemsReviewed()).isEqualTo(400));
        } finally {
            data.cleanUp(periodId);
        }
    }

    private long statements(long periodId) {
        consistency.report(periodId);
        JdbcRoundTrips.reset();
        consistency.report(periodId);
        return JdbcRoundTrips.executions() + JdbcRoundTrips.batches();
    }
}
