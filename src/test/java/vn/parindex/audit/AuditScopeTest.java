package vn.parindex.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.appraisal.AppraisalSheet;
import vn.parindex.appraisal.Appraisals;
import vn.parindex.appraisal.AppraisedChange;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.EvidenceLibrary;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.awards.NominationDraft;
import vn.parindex.awards.NominationKind;
import vn.parindex.awards.Nominations;
import vn.parindex.awards.RuleKind;
import vn.parindex.leaders.BlockClassification;
import vn.parindex.leaders.ClassificationEntry;
import vn.parindex.leaders.LeaderClassifications;
import vn.parindex.leaders.LeaderClassificationsTest;
import vn.parindex.leaders.LeaderRuleSets;
import vn.parindex.leaders.Level;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.Phase;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The modules' audit events carry the unit and the period they are about, so the audit viewer finds
 * them by its unit and period filters: evidence upload and download, appraisal, deadline extension,
 * result publication, nomination and leader classification. On a period of its own (2002): a
 * department unit (SXD) self-assesses and is appraised, the district block is published.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditScopeTest {

    private static final int YEAR = 2002;

    /** A department unit (not the secretariat's own, not hoidong1's) self-assessing and appraised. */
    private static final String UNIT = "SXD";

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EvidenceLibrary library;

    @Autowired
    SelfAssessments selfAssessments;

    @Autowired
    Appraisals appraisals;

    @Autowired
    PeriodAdministration periodAdministration;

    @Autowired
    Nominations nominations;

    @Autowired
    LeaderRuleSets leaderRules;

    @Autowired
    LeaderClassifications classifications;

    private Long periodId;

    private Long evidenceId;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Back in preparation: no home page, queue or list of published periods shows it afterwards. */
    @AfterAll
    void putAway() {
        if (periodId != null) {
            AppraisalRows.phase(jdbc, periodId, Phase.PREPARATION);
        }
        AppraisalFixtures.readNotificationsOf(context, "hoidong1", "namsach");
    }

    /** The 2002 period with the survey set in every block, in that phase. */
    private long period(Phase phase) {
        if (periodId == null) {
            periodId = jdbc.query(
                    "select id from assessment_period where year = ?", rs -> rs.next() ? rs.getLong(1) : null, YEAR);
        }
        if (periodId == null) {
            periodId = AppraisalRows.period(context, YEAR, phase);
        }
        AppraisalRows.phase(jdbc, periodId, phase);
        return periodId;
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private long district() {
        return jdbc.queryForObject("select id from org_block where code = 'DISTRICT'", Long.class);
    }

    /** The events of the action found by the viewer's unit and period filters, as the admin reads them. */
    private List<AuditEntry> found(Long unitId, long periodId, String action) {
        SignIn.as(context, "admin");
        try {
            return trail.page(new AuditFilter(null, unitId, periodId, null, action, null, null), 0, 50);
        } finally {
            SignIn.out();
        }
    }

    @Test
    @Order(1)
    void evidenceUploadAndDownloadAreFoundByTheirUnitAndPeriod() {
        long periodId = period(Phase.SELF_ASSESSMENT);
        long unitId = unit(UNIT);
        String focalPoint = AssessmentFixtures.signInFocalPointOf(context, UNIT);
        evidenceId = library.upload(
                        periodId, unitId, "Kế hoạch.pdf", AssessmentFixtures.pdf("Kế hoạch " + UUID.randomUUID()))
                .evidence()
                .id();
        assertThat(AssessmentFixtures.bytes(library.file(evidenceId))).isNotEmpty();

        assertThat(found(unitId, periodId, "EVIDENCE_UPLOADED"))
                .extracting(AuditEntry::entityId)
                .contains(String.valueOf(evidenceId));
        // The download is saved in its own transaction (downloads read only), with its scope.
        assertThat(found(unitId, periodId, "EVIDENCE_DOWNLOADED")).anySatisfy(entry -> {
            assertThat(entry.entityId()).isEqualTo(String.valueOf(evidenceId));
            assertThat(entry.actor()).isEqualTo(focalPoint);
            assertThat(entry.unitId()).isEqualTo(unitId);
            assertThat(entry.periodId()).isEqualTo(periodId);
        });
        // Another unit's filter does not find it.
        assertThat(found(unit("SGTVT"), periodId, "EVIDENCE_UPLOADED")).isEmpty();
    }

    @Test
    @Order(2)
    void appraisalEventsAreFoundByTheirUnitAndPeriod() {
        long periodId = period(Phase.SELF_ASSESSMENT);
        long unitId = unit(UNIT);
        AssessmentFixtures.signInFocalPointOf(context, UNIT);
        Sheet sheet = selfAssessments.sheet(periodId, unitId);
        selfAssessments.save(sheet.assessmentId(), AssessmentFixtures.fullMarks(sheet));
        selfAssessments.submit(
                sheet.assessmentId(), selfAssessments.sheet(periodId, unitId).version());
        long assignmentId = AppraisalFixtures.assign(context, periodId, UNIT, "hoidong1", null);
        AppraisalRows.phase(jdbc, periodId, Phase.APPRAISAL);

        SignIn.as(context, "hoidong1");
        AppraisalSheet appraisal = appraisals.sheet(periodId, unitId);
        long node = AppraisalRows.node(jdbc, periodId, unitId, "1.1.1");
        assertThat(appraisals.save(
                        appraisal.appraisalId(),
                        List.of(new AppraisedChange(node, 0, new BigDecimal("20"), "Đủ căn cứ", false))))
                .isEqualTo(1);
        if (evidenceId != null) {
            // The appraiser's download goes through the reviewed assessments, scoped too.
            assertThat(AssessmentFixtures.bytes(appraisals.evidenceFile(periodId, unitId, evidenceId)))
                    .isNotEmpty();
            assertThat(found(unitId, periodId, "EVIDENCE_DOWNLOADED"))
                    .anySatisfy(entry -> assertThat(entry.actor()).isEqualTo("hoidong1"));
        }

        assertThat(found(unitId, periodId, "APPRAISAL_ASSIGNED"))
                .extracting(AuditEntry::entityId)
                .containsExactly(String.valueOf(assignmentId));
        assertThat(found(unitId, periodId, "APPRAISED_SCORES_SAVED"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.entityId()).isEqualTo(String.valueOf(appraisal.appraisalId()));
                    assertThat(entry.actor()).isEqualTo("hoidong1");
                });
    }

    @Test
    @Order(3)
    void aDeadlineExtensionIsFoundByItsUnitAndPeriod() {
        long periodId = period(Phase.APPRAISAL);
        long unitId = unit(UNIT);
        SignIn.as(context, "noivu");
        periodAdministration.extendDeadline(
                periodId, unitId, Phase.EXPLANATION, LocalDate.of(YEAR + 1, 3, 31), "Đơn vị xin gia hạn");

        assertThat(found(unitId, periodId, "DEADLINE_EXTENDED"))
                .extracting(AuditEntry::entityId)
                .containsExactly(periodId + "/" + unitId);
    }

    @Test
    @Order(4)
    void publicationNominationAndLeaderClassificationAreFoundByTheirPeriodAndUnit() {
        long periodId = period(Phase.COUNCIL_APPROVAL);
        long district = district();
        AppraisalRows.allFinal(jdbc, periodId, district, "hoidong2");
        AppraisalRows.surveyed(jdbc, periodId, district);
        AppraisalRows.published(context, periodId, district);

        // Results are about the period (a block has no unit).
        assertThat(found(null, periodId, "RESULTS_PUBLISHED")).singleElement().satisfies(entry -> {
            assertThat(entry.entityId()).isEqualTo(periodId + "/" + district);
            assertThat(entry.unitId()).isNull();
        });
        assertThat(found(null, periodId, "BLOCK_PUBLISHED")).hasSize(1);

        // A nomination is about its unit in the period.
        long namSach = unit("HNS");
        long type = jdbc.queryForObject("select id from award_type where code = 'PPC_CERTIFICATE'", Long.class);
        SignIn.as(context, "noivu");
        nominations.addRule(periodId, type, NominationKind.COLLECTIVE, RuleKind.RANK_TOP_N, district, 2, null);
        long nominationId = nominations
                .propose(
                        periodId,
                        new NominationDraft(
                                NominationKind.COLLECTIVE,
                                namSach,
                                null,
                                null,
                                null,
                                null,
                                type,
                                "Thành tích cải cách hành chính",
                                "Đóng góp được ghi nhận"))
                .id();
        assertThat(found(null, periodId, "AWARD_RULE_ADDED")).hasSize(1);
        assertThat(found(namSach, periodId, "AWARD_NOMINATED"))
                .extracting(AuditEntry::entityId)
                .containsExactly(String.valueOf(nominationId));

        // The block's classification is about the period, a head's level about its unit too.
        SignIn.as(context, "noivu");
        leaderRules.save(periodId, LeaderClassificationsTest.rules(), 0);
        BlockClassification prepared = classifications.prepare(periodId, district);
        ClassificationEntry entry = prepared.entries().stream()
                .filter(candidate -> candidate.unitId() == namSach)
                .findFirst()
                .orElseThrow();
        classifications.setLevel(entry.id(), Level.COMPLETED, "Kiểm thử nhật ký", entry.version());
        assertThat(found(null, periodId, "LEADERS_PREPARED"))
                .extracting(AuditEntry::entityId)
                .containsExactly(String.valueOf(prepared.id()));
        assertThat(found(namSach, periodId, "LEADER_LEVEL_SET"))
                .extracting(AuditEntry::entityId)
                .containsExactly(String.valueOf(entry.id()));
    }
}
