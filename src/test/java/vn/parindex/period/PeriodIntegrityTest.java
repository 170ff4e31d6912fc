package vn.parindex.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.ItemChange;
import vn.parindex.assessment.OverviewRow;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.organization.UnitSummary;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.support.MutableClock;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/** Published results are final, and a unit's deadline is never shorter than everyone's. */
@PortalIntegrationTest
class PeriodIntegrityTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PeriodAdministration administration;

    @Autowired
    PeriodDirectory periods;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    MutableClock clock;

    @AfterEach
    void restore() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void aPublishedOrClosedPeriodNeverGoesBack() {
        SignIn.as(context, "noivu");
        PeriodSummary published = periods.byYear(2023).orElseThrow();
        assertThat(published.phase()).isEqualTo(Phase.PUBLISHED);
        assertThatThrownBy(() -> administration.moveBack(published.id(), Phase.PUBLISHED, "Sửa lại kết quả"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("phase.publishedFinal"));
        assertThat(periods.period(published.id()).phase()).isEqualTo(Phase.PUBLISHED);

        long own = OwnPeriods.prepare(context, 2008);
        for (Phase phase = Phase.PREPARATION; phase != Phase.CLOSED; phase = phase.next()) {
            administration.advance(own, phase);
        }
        assertThatThrownBy(() -> administration.moveBack(own, Phase.CLOSED, "Mở lại kỳ đã kết thúc"))
                .satisfies(refusal -> assertThat(((BusinessRuleException) refusal).messageKey())
                        .isEqualTo("phase.publishedFinal"));
        assertThat(periods.period(own).phase()).isEqualTo(Phase.CLOSED);
        assertThat(auditTrail.latest("PERIOD", String.valueOf(own), 20))
                .extracting(AuditEntry::action)
                .doesNotContain("PERIOD_PHASE_REOPENED");
        // Before publication a step back stays possible.
        long other = OwnPeriods.prepare(context, 2011);
        for (Phase phase = Phase.PREPARATION; phase != Phase.COUNCIL_APPROVAL; phase = phase.next()) {
            administration.advance(other, phase);
        }
        assertThat(administration
                        .moveBack(other, Phase.COUNCIL_APPROVAL, "Hội đồng họp lại")
                        .phase())
                .isEqualTo(Phase.FINAL_APPRAISAL);
    }

    @Test
    void aUnitsDeadlineIsTheLaterOfThePeriodsAndItsLatestExtension() {
        UnitSummary justice = AssessmentFixtures.unit(context, "STP");
        UnitSummary trade = AssessmentFixtures.unit(context, "SCT");
        long periodId = OwnPeriods.prepare(context, 2009);
        LocalDate today = LocalDate.now(clock);
        setDeadline(periodId, today.plusDays(10));
        administration.extendDeadline(periodId, justice.id(), Phase.SELF_ASSESSMENT, today.plusDays(17), "Sự cố mạng");
        assertThat(periods.unitDeadline(periodId, justice.id(), Phase.SELF_ASSESSMENT))
                .isEqualTo(new UnitDeadline(Phase.PREPARATION, today.plusDays(17), true));

        // Everyone gets until day 24: the unit's earlier extension no longer counts.
        setDeadline(periodId, today.plusDays(24));
        assertThat(periods.unitDeadline(periodId, justice.id(), Phase.SELF_ASSESSMENT))
                .isEqualTo(new UnitDeadline(Phase.PREPARATION, today.plusDays(24), false));
        Map<String, OverviewRow> rows = overview(periodId);
        assertThat(rows.get("STP").deadline()).isEqualTo(today.plusDays(24));
        assertThat(rows.get("STP").extended()).isFalse();
        assertThat(rows.get("SCT").deadline()).isEqualTo(today.plusDays(24));

        // Of two extensions the latest granted counts, even when shorter than the one before.
        administration.extendDeadline(periodId, justice.id(), Phase.SELF_ASSESSMENT, today.plusDays(30), "Sáp nhập");
        administration.extendDeadline(periodId, justice.id(), Phase.SELF_ASSESSMENT, today.plusDays(26), "Điều chỉnh");
        assertThat(periods.unitDeadline(periodId, justice.id(), Phase.SELF_ASSESSMENT)
                        .deadline())
                .isEqualTo(today.plusDays(26));
        rows = overview(periodId);
        assertThat(rows.get("STP").deadline()).isEqualTo(today.plusDays(26));
        assertThat(rows.get("STP").extended()).isTrue();
        assertThat(rows.get("SCT").extended()).isFalse();

        // On day 25 the unit still works: its own extension, not an outdated one, decides.
        administration.advance(periodId, Phase.PREPARATION);
        try {
            clock.advance(Duration.ofDays(25));
            AssessmentFixtures.signInFocalPointOf(context, "STP");
            Sheet sheet = assessments.sheet(periodId, justice.id());
            assertThat(sheet.editable()).isTrue();
            long item = AssessmentFixtures.node(sheet, "1.1.2");
            assertThat(assessments.save(
                            sheet.assessmentId(),
                            List.of(new ItemChange(item, sheet.item(item).version(), BigDecimal.TEN, null))))
                    .isEqualTo(1);
            AssessmentFixtures.signInFocalPointOf(context, "SCT");
            assertThat(assessments.sheet(periodId, trade.id()).lockReason())
                    .isEqualTo("assessment.lock.deadlinePassed");
        } finally {
            clock.reset();
            OwnPeriods.close(context, periodId);
        }
    }

    private void setDeadline(long periodId, LocalDate deadline) {
        SignIn.as(context, "noivu");
        Map<Phase, LocalDate> deadlines = new EnumMap<>(Phase.class);
        deadlines.put(Phase.SELF_ASSESSMENT, deadline);
        administration.setDeadlines(periodId, periods.period(periodId).version(), deadlines);
    }

    private Map<String, OverviewRow> overview(long periodId) {
        SignIn.as(context, "noivu");
        return assessments.overview(periodId).stream()
                .collect(java.util.stream.Collectors.toMap(row -> row.unit().code(), row -> row));
    }
}
