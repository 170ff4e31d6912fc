package vn.parindex.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
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
import vn.parindex.security.Role;
import vn.parindex.support.Accounts;
import vn.parindex.support.JdbcRoundTrips;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The appraisal sheet of a 300-item unit opens with as many statements as one of 30, and saving 300
 * appraised scores stays within ceil(300 / batch size) + 5 statements. Figures are printed. Period
 * 2042 of its own.
 */
@PortalIntegrationTest
class AppraisalPerformanceTest {

    private static final int YEAR = 2042;

    @Autowired
    ApplicationContext context;

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
    Appraisals appraisals;

    @Value("${spring.jpa.properties.hibernate.jdbc.batch_size}")
    int batchSize;

    @AfterEach
    void signOut() {
        AppraisalFixtures.leaveSelfAssessment(context, 2042);
        AppraisalFixtures.readNotificationsOf(context, "hoidong1");
    }

    @Test
    void aSheetOf300ItemsOpensInConstantStatementsAndSavesInBatches() {
        long largeUnit = AssessmentFixtures.unit(context, "SXD").id();
        long smallUnit = AssessmentFixtures.unit(context, "HTK").id();
        AppraisalFixtures.guard(context);
        SignIn.as(context, "noivu");
        long periodId = periodWithSets();
        String largeUser = Accounts.create(context, Role.FOCAL_POINT, largeUnit);
        String smallUser = Accounts.create(context, Role.FOCAL_POINT, smallUnit);
        enterFullMarks(largeUser, periodId, largeUnit);
        enterFullMarks(smallUser, periodId, smallUnit);
        AppraisalFixtures.assign(context, periodId, "SXD", "hoidong1", null);
        AppraisalFixtures.assign(context, periodId, "HTK", "hoidong1", null);
        AppraisalFixtures.advance(context, periodId);
        assertThat(AppraisalFixtures.phase(context, periodId)).isEqualTo(Phase.APPRAISAL);

        SignIn.as(context, "hoidong1");
        assertThat(appraisals.sheet(periodId, smallUnit).lines()).hasSize(30);
        JdbcRoundTrips.reset();
        appraisals.sheet(periodId, smallUnit);
        long smallOpen = JdbcRoundTrips.executions() + JdbcRoundTrips.batches();

        JdbcRoundTrips.reset();
        AppraisalSheet created = appraisals.sheet(periodId, largeUnit);
        long firstOpen = JdbcRoundTrips.executions() + JdbcRoundTrips.batches();
        assertThat(created.lines()).hasSize(300);
        JdbcRoundTrips.reset();
        AppraisalSheet sheet = appraisals.sheet(periodId, largeUnit);
        long largeOpen = JdbcRoundTrips.executions() + JdbcRoundTrips.batches();

        List<AppraisedChange> changes = new ArrayList<>();
        for (AppraisalLine line : sheet.lines().values()) {
            // Every item appraised at zero: an allowed value under every rule of the set.
            changes.add(new AppraisedChange(line.nodeId(), line.version(), BigDecimal.ZERO, null, false));
        }
        JdbcRoundTrips.reset();
        long started = System.nanoTime();
        int saved = appraisals.save(sheet.appraisalId(), changes);
        long saveMillis = (System.nanoTime() - started) / 1_000_000;
        long saveBatches = JdbcRoundTrips.batches();
        long saveStatements = JdbcRoundTrips.executions() + saveBatches;
        long budget = (300 + batchSize - 1) / batchSize + 5;

        System.out.printf(
                "PERF appraisal: open 30 items -> %d statements, 300 items -> %d statements (first open creating"
                        + " the 300 appraisal items: %d); save 300 appraised scores -> %d statements (%d JDBC"
                        + " batches) in %d ms (budget %d with batch size %d)%n",
                smallOpen, largeOpen, firstOpen, saveStatements, saveBatches, saveMillis, budget, batchSize);
        assertThat(saved).isEqualTo(300);
        assertThat(appraisals.sheet(periodId, largeUnit).appraisedGrandTotal()).isZero();
        assertThat(largeOpen).isEqualTo(smallOpen).isPositive();
        assertThat(saveStatements).isLessThanOrEqualTo(budget);
    }

    private void enterFullMarks(String user, long periodId, long unitId) {
        SignIn.as(context, user, Accounts.PASSWORD);
        Sheet sheet = assessments.sheet(periodId, unitId);
        List<ItemChange> changes = new ArrayList<>();
        for (ScoreRule rule : sheet.rules().values()) {
            changes.add(new ItemChange(
                    rule.nodeId(), sheet.item(rule.nodeId()).version(), AssessmentFixtures.best(rule), null));
        }
        assessments.save(sheet.assessmentId(), changes);
    }

    /** A period in self-assessment whose first block has 300 components and second block 30. */
    private long periodWithSets() {
        long periodId = periods.byYear(YEAR)
                .map(vn.parindex.period.PeriodSummary::id)
                .orElseGet(() ->
                        periodAdministration.createPeriod(YEAR, "Kỳ đo hiệu năng thẩm định", "Appraisal performance"));
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
                        false,
                        null,
                        null));
    }
}
