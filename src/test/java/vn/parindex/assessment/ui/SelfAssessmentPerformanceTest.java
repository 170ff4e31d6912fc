package vn.parindex.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.ItemChange;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.criteria.Choice;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.ImportedNode;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.criteria.Scoring;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.support.Accounts;
import vn.parindex.support.JdbcRoundTrips;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;

/**
 * A sheet of 300 components opens with as many statements as one of 30, saving all 300 scores
 * stays within ceil(300 / batch size) + 5 statements, and its view is built with as many statements
 * as the view of 30 and in time that grows no faster than the number of items (both measured in this
 * run: wall-clock limits are flaky on a shared machine). The absolute figures are printed.
 */
class SelfAssessmentPerformanceTest extends KaribuTest {

    private static final int YEAR = 2002;

    @Autowired
    PeriodAdministration periodAdministration;

    @Autowired
    PeriodDirectory periods;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Value("${spring.jpa.properties.hibernate.jdbc.batch_size}")
    int batchSize;

    @Test
    void aSheetOf300ComponentsOpensSavesAndRendersWithinBudget() {
        SignIn.as(context, "noivu");
        long periodId = periodWithSets();
        long largeUnit = AssessmentFixtures.unit(context, "SXD").id();
        long smallUnit = AssessmentFixtures.unit(context, "HTK").id();
        String largeUser = Accounts.create(context, vn.parindex.security.Role.FOCAL_POINT, largeUnit);
        String smallUser = Accounts.create(context, vn.parindex.security.Role.FOCAL_POINT, smallUnit);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        SignIn.as(context, smallUser, Accounts.PASSWORD);
        assertThat(assessments.sheet(periodId, smallUnit).progress().applicable())
                .isEqualTo(30);
        statistics.clear();
        assessments.sheet(periodId, smallUnit);
        long smallOpen = statistics.getPrepareStatementCount();

        SignIn.as(context, largeUser, Accounts.PASSWORD);
        statistics.clear();
        Sheet created = assessments.sheet(periodId, largeUnit);
        long firstOpen = statistics.getPrepareStatementCount();
        assertThat(created.progress().applicable()).isEqualTo(300);
        statistics.clear();
        Sheet sheet = assessments.sheet(periodId, largeUnit);
        long largeOpen = statistics.getPrepareStatementCount();

        List<ItemChange> changes = new ArrayList<>();
        for (ScoreRule rule : sheet.rules().values()) {
            changes.add(new ItemChange(
                    rule.nodeId(), sheet.item(rule.nodeId()).version(), AssessmentFixtures.best(rule), null));
        }
        statistics.clear();
        JdbcRoundTrips.reset();
        long started = System.nanoTime();
        int saved = assessments.save(sheet.assessmentId(), changes);
        long saveMillis = (System.nanoTime() - started) / 1_000_000;
        long savePrepared = statistics.getPrepareStatementCount();
        long saveBatches = JdbcRoundTrips.batches();
        // Every statement sent: those executed one by one plus each JDBC batch.
        long saveStatements = JdbcRoundTrips.executions() + saveBatches;
        long budget = (300 + batchSize - 1) / batchSize + 5;
        assertThat(saved).isEqualTo(300);
        assertThat(assessments.sheet(periodId, largeUnit).progress().scored()).isEqualTo(300);

        ViewBuild smallView = buildView(statistics, smallUser, periodId, smallUnit);
        ViewBuild largeView = buildView(statistics, largeUser, periodId, largeUnit);

        System.out.printf(
                "PERF self-assessment: open 30 items -> %d statements, 300 items -> %d statements"
                        + " (first open creating the 300 items: %d); save 300 scores -> %d statements sent"
                        + " (%d of them JDBC batches, %d prepared) in %d ms (budget %d with batch size %d);"
                        + " view with 30 items built in %.1f ms with %d statements, with 300 items in %.1f ms"
                        + " with %d statements (best of 5; %.1f times as long for 10 times the items)%n",
                smallOpen,
                largeOpen,
                firstOpen,
                saveStatements,
                saveBatches,
                savePrepared,
                saveMillis,
                budget,
                batchSize,
                smallView.bestMillis(),
                smallView.statements(),
                largeView.bestMillis(),
                largeView.statements(),
                largeView.bestMillis() / smallView.bestMillis());
        assertThat(largeOpen).isEqualTo(smallOpen).isPositive();
        // The 300 updates go in full batches; the audit event's insert is one more batch of one.
        assertThat(saveBatches).isEqualTo((300 + batchSize - 1) / batchSize + 1);
        assertThat(saveStatements).isLessThanOrEqualTo(budget);
        assertThat(largeView.statements()).isEqualTo(smallView.statements()).isPositive();
        // Linear growth gives at most 10 times (less, as fixed costs are shared; measured: 1 to 2
        // times); anything quadratic in the items, such as a lookup per row over all rows, gives
        // about 100 times.
        assertThat(largeView.bestMillis()).isLessThan(10 * smallView.bestMillis());
    }

    /** Building the sheet view: the best of five times, and the statements one build sends. */
    private record ViewBuild(double bestMillis, long statements) {}

    private ViewBuild buildView(Statistics statistics, String user, long periodId, long unitId) {
        SignIn.as(context, user, Accounts.PASSWORD);
        openAsSignedIn();
        QueryParameters sheet =
                QueryParameters.simple(Map.of("period", String.valueOf(periodId), "unit", String.valueOf(unitId)));
        long bestNanos = Long.MAX_VALUE;
        long statements = 0;
        for (int round = 0; round < 5; round++) {
            UI.getCurrent().navigate("");
            statistics.clear();
            long begin = System.nanoTime();
            UI.getCurrent().navigate("self-assessment", sheet);
            bestNanos = Math.min(bestNanos, System.nanoTime() - begin);
            statements = statistics.getPrepareStatementCount();
        }
        assertThat(_find(TreeGrid.class, spec -> spec.withId("sa-tree"))).hasSize(1);
        return new ViewBuild(Math.max(bestNanos, 1) / 1e6, statements);
    }

    /** A period in self-assessment whose first block has 300 components and second block 30. */
    private long periodWithSets() {
        long periodId = periods.byYear(YEAR)
                .map(vn.parindex.period.PeriodSummary::id)
                .orElseGet(() -> periodAdministration.createPeriod(YEAR, "Kỳ đo hiệu năng 2", "Performance period 2"));
        List<BlockSummary> blocks = organization.blocks();
        fill(periodId, blocks.get(0), large());
        fill(periodId, blocks.get(1), small());
        periodAdministration.advance(periodId, Phase.PREPARATION);
        return periodId;
    }

    private void fill(long periodId, BlockSummary block, List<ImportedNode> rows) {
        long setId = catalog.set(periodId, block.id())
                .map(vn.parindex.criteria.CriteriaSetRef::setId)
                .orElseGet(() -> editor.createSet(periodId, block.id()));
        editor.replaceAll(setId, rows);
    }

    /** 4 areas of 25 points, 5 criteria of 5 points, 15 components each (ten of 0.25, five of 0.5). */
    private static List<ImportedNode> large() {
        List<ImportedNode> rows = new ArrayList<>();
        for (int a = 1; a <= 4; a++) {
            rows.add(group(NodeLevel.AREA, String.valueOf(a), "25"));
            for (int c = 1; c <= 5; c++) {
                rows.add(group(NodeLevel.CRITERION, a + "." + c, "5"));
                for (int k = 1; k <= 15; k++) {
                    rows.add(component(a + "." + c + "." + k, k <= 10 ? "0.25" : "0.5", k > 10));
                }
            }
        }
        return rows;
    }

    /** 2 areas of 50 points, 5 criteria of 10 points, 3 components each (3, 3 and 4). */
    private static List<ImportedNode> small() {
        List<ImportedNode> rows = new ArrayList<>();
        for (int a = 1; a <= 2; a++) {
            rows.add(group(NodeLevel.AREA, String.valueOf(a), "50"));
            for (int c = 1; c <= 5; c++) {
                rows.add(group(NodeLevel.CRITERION, a + "." + c, "10"));
                for (int k = 1; k <= 3; k++) {
                    rows.add(component(a + "." + c + "." + k, k == 3 ? "4" : "3", false));
                }
            }
        }
        return rows;
    }

    private static ImportedNode group(NodeLevel level, String code, String max) {
        return new ImportedNode(code, NodeDraft.group(level, "Nhóm " + code, "Group " + code, new BigDecimal(max)));
    }

    private static ImportedNode component(String code, String max, boolean choices) {
        BigDecimal points = new BigDecimal(max);
        return new ImportedNode(
                code,
                new NodeDraft(
                        NodeLevel.COMPONENT,
                        "Thành phần " + code,
                        "Component " + code,
                        new Scoring(
                                choices ? ScoringMethod.CHOICES : ScoringMethod.YES_NO,
                                points,
                                null,
                                null,
                                null,
                                choices
                                        ? List.of(
                                                new Choice(points, "đạt", "met"),
                                                new Choice(BigDecimal.ZERO, "không đạt", "not met"))
                                        : List.of()),
                        true,
                        "Hướng dẫn " + code,
                        "Guidance " + code));
    }
}
