package vn.parindex.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.ItemChange;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.criteria.ImportedNode;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.Scoring;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.Phase;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Adjustment lines (a bonus of 0 to 2 and a late-report penalty of -3 to 0, steps of 0.5) are
 * appraised and finalized like components: the same signed range of the unit's ScoreRule, values out
 * of range or off the step refused with nothing saved, and their final scores counted as the block's
 * draft adjustments. Period 2048 of its own.
 */
@PortalIntegrationTest
class AdjustmentAppraisalTest {

    private static final int YEAR = 2048;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Appraisals appraisals;

    @Autowired
    CouncilVotes votes;

    private Long periodId;

    @AfterEach
    void putAway() {
        if (periodId != null) {
            // Back in preparation: no home page, queue or vote lists the period afterwards.
            AppraisalRows.phase(jdbc, periodId, Phase.PREPARATION);
        }
        AppraisalFixtures.readNotificationsOf(context, "hoidong1", "namsach");
    }

    private static List<ImportedNode> setWithAdjustments() {
        List<ImportedNode> rows = new ArrayList<>(OwnPeriods.smallSet());
        rows.add(adjustment("T1", "Điểm thưởng", "Bonus", "0", "2"));
        rows.add(adjustment("T2", "Trừ điểm báo cáo chậm", "Late-report penalty", "-3", "0"));
        return rows;
    }

    private static ImportedNode adjustment(String code, String nameVi, String nameEn, String from, String to) {
        return new ImportedNode(
                code,
                new NodeDraft(
                        NodeLevel.ADJUSTMENT,
                        nameVi,
                        nameEn,
                        Scoring.adjustment(new BigDecimal(from), new BigDecimal(to), new BigDecimal("0.5")),
                        false,
                        null,
                        null));
    }

    private static String key(Throwable refusal) {
        return ((BusinessRuleException) refusal).messageKey();
    }

    private static long node(AppraisalSheet sheet, String code) {
        return sheet.rules().values().stream()
                .filter(rule -> rule.code().equals(code))
                .findFirst()
                .orElseThrow()
                .nodeId();
    }

    @Test
    void bonusAndPenaltyAreAppraisedFinalizedAndCountedAsAdjustments() {
        AppraisalFixtures.guard(context);
        periodId = OwnPeriods.prepare(context, YEAR, setWithAdjustments());
        context.getBean(PeriodAdministration.class).advance(periodId, Phase.PREPARATION);
        long namSach = AssessmentFixtures.unit(context, "HNS").id();

        // The unit claims its bonus and declares its penalty with its scores, and submits.
        AssessmentFixtures.signInFocalPointOf(context, "HNS");
        SelfAssessments selfAssessments = context.getBean(SelfAssessments.class);
        Sheet self = selfAssessments.sheet(periodId, namSach);
        List<ItemChange> changes = new ArrayList<>(AssessmentFixtures.fullMarks(self));
        long bonus = AssessmentFixtures.node(self, "T1");
        long penalty = AssessmentFixtures.node(self, "T2");
        changes.add(new ItemChange(bonus, self.item(bonus).version(), new BigDecimal("2"), "Giải thưởng cấp tỉnh"));
        changes.add(new ItemChange(penalty, self.item(penalty).version(), new BigDecimal("-0.5"), "Chậm 1 báo cáo"));
        selfAssessments.save(self.assessmentId(), changes);
        selfAssessments.submit(
                self.assessmentId(), selfAssessments.sheet(periodId, namSach).version());

        AppraisalFixtures.assign(context, periodId, "HNS", "hoidong1", null);
        AppraisalFixtures.advance(context, periodId);

        SignIn.as(context, "hoidong1");
        AppraisalSheet sheet = appraisals.sheet(periodId, namSach);
        long appraisalId = sheet.appraisalId();
        assertThat(sheet.line(bonus).selfScore()).isEqualByComparingTo("2");
        assertThat(sheet.line(penalty).selfScore()).isEqualByComparingTo("-0.5");

        // The same signed ranges as the unit's: above the bonus, below the penalty, off the step.
        assertThatThrownBy(() -> appraisals.save(
                        appraisalId, List.of(new AppraisedChange(bonus, 0, new BigDecimal("3"), null, false))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.aboveMaximum"));
        assertThatThrownBy(() -> appraisals.save(
                        appraisalId, List.of(new AppraisedChange(bonus, 0, new BigDecimal("-0.5"), null, false))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.belowMinimum"));
        assertThatThrownBy(() -> appraisals.save(
                        appraisalId,
                        List.of(
                                new AppraisedChange(bonus, 0, new BigDecimal("1"), null, false),
                                new AppraisedChange(penalty, 0, new BigDecimal("-3.5"), null, false))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.belowMinimum"));
        assertThatThrownBy(() -> appraisals.save(
                        appraisalId, List.of(new AppraisedChange(penalty, 0, new BigDecimal("-1.25"), null, false))))
                .satisfies(refusal -> assertThat(key(refusal)).isIn("score.offStep", "score.decimals"));
        assertThatThrownBy(() -> appraisals.save(
                        appraisalId, List.of(new AppraisedChange(penalty, 0, new BigDecimal("0.5"), null, false))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.aboveMaximum"));
        // Nothing half-saved: the bonus of the refused pair is not stored.
        assertThat(appraisals.sheet(periodId, namSach).line(bonus).appraisedScore())
                .isNull();

        assertThat(appraisals.save(
                        appraisalId,
                        List.of(
                                new AppraisedChange(bonus, 0, new BigDecimal("1"), "Giải thưởng chỉ cấp huyện", false),
                                new AppraisedChange(penalty, 0, new BigDecimal("-2"), "Chậm 4 báo cáo", false))))
                .isEqualTo(2);
        sheet = appraisals.sheet(periodId, namSach);
        assertThat(sheet.line(bonus).appraisedScore()).isEqualByComparingTo("1");
        assertThat(sheet.line(bonus).difference()).isEqualByComparingTo("-1");
        assertThat(sheet.line(penalty).appraisedScore()).isEqualByComparingTo("-2");
        assertThat(sheet.line(penalty).difference()).isEqualByComparingTo("-1.5");

        // EXPLANATION (nothing asked) then FINAL_APPRAISAL: final scores by the same rule.
        AppraisalFixtures.advance(context, periodId);
        AppraisalFixtures.advance(context, periodId);
        SignIn.as(context, "hoidong1");
        sheet = appraisals.sheet(periodId, namSach);
        long bonusVersion = sheet.line(bonus).version();
        long penaltyVersion = sheet.line(penalty).version();
        assertThatThrownBy(() -> appraisals.saveFinal(
                        appraisalId, List.of(new FinalChange(bonus, bonusVersion, new BigDecimal("2.5"), null))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.aboveMaximum"));
        assertThatThrownBy(() -> appraisals.saveFinal(
                        appraisalId, List.of(new FinalChange(penalty, penaltyVersion, new BigDecimal("-4"), null))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.belowMinimum"));
        appraisals.saveFinal(
                appraisalId, List.of(new FinalChange(penalty, penaltyVersion, new BigDecimal("-1.5"), null)));
        appraisals.finalizeUnit(appraisalId, appraisals.sheet(periodId, namSach).version());
        sheet = appraisals.sheet(periodId, namSach);
        assertThat(sheet.status()).isEqualTo(AppraisalStatus.FINAL);
        // The bonus keeps its appraised score as final, the penalty the final score set.
        assertThat(sheet.line(bonus).finalScore()).isEqualByComparingTo("1");
        assertThat(sheet.line(penalty).finalScore()).isEqualByComparingTo("-1.5");

        // The rest of the block final (written straight into the tables), then the vote's draft.
        long district = AssessmentFixtures.unit(context, "HNS").blockId();
        for (long unitId : AppraisalRows.units(jdbc, district)) {
            if (unitId != namSach) {
                AppraisalRows.appraisal(jdbc, periodId, unitId, "FINAL", false);
            }
        }
        AppraisalRows.phase(jdbc, periodId, Phase.COUNCIL_APPROVAL);
        SignIn.as(context, "hoidong1");
        BlockResultRow row = votes.draft(periodId, district).stream()
                .filter(candidate -> candidate.unitId() == namSach)
                .findFirst()
                .orElseThrow();
        assertThat(row.adjustments()).isEqualByComparingTo("-0.5");
        assertThat(row.finalScores()).isEqualByComparingTo("100");
        assertThat(row.total()).isEqualByComparingTo("99.5");
    }
}
