package vn.parindex.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.OverviewRow;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.support.Accounts;
import vn.parindex.support.MutableClock;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * A unit withdraws its own submission before its deadline and submits again; both are audited and shown
 * in the secretariat's overview. Refused for another unit, after the deadline and once appraisal
 * started. Period 2044 of its own.
 */
@PortalIntegrationTest
class WithdrawSubmissionTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    MutableClock clock;

    @AfterEach
    void restore() {
        clock.reset();
        AppraisalFixtures.leaveSelfAssessment(context, 2044);
        AppraisalFixtures.readNotificationsOf(context, "hoidong1");
    }

    private static String key(Throwable refusal) {
        return ((BusinessRuleException) refusal).messageKey();
    }

    @Test
    void aUnitWithdrawsAndResubmitsBeforeItsDeadline() {
        String focalPoint = AppraisalFixtures.submitted(context, 2044, "HNS");
        long period = AppraisalFixtures.periodId(context, 2044);
        long namSach = AssessmentFixtures.unit(context, "HNS").id();
        setSelfAssessmentDeadline(period, LocalDate.now(clock).plusDays(3));

        SignIn.as(context, focalPoint, Accounts.PASSWORD);
        Sheet submitted = assessments.sheet(period, namSach);
        AssessmentFixtures.signInFocalPointOf(context, "HTK");
        assertThatThrownBy(() -> assessments.withdraw(submitted.assessmentId(), submitted.version()))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(context, focalPoint, Accounts.PASSWORD);
        assessments.withdraw(submitted.assessmentId(), submitted.version());
        Sheet reopened = assessments.sheet(period, namSach);
        assertThat(reopened.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(reopened.editable()).isTrue();
        assertThatThrownBy(() -> assessments.withdraw(reopened.assessmentId(), reopened.version()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.withdraw.notSubmitted"));
        SignIn.as(context, "noivu");
        OverviewRow row = overview(period);
        assertThat(row.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(row.withdrawnAt()).isNotNull();

        SignIn.as(context, focalPoint, Accounts.PASSWORD);
        assessments.submit(reopened.assessmentId(), reopened.version());
        SignIn.as(context, "noivu");
        assertThat(overview(period).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(overview(period).withdrawnAt()).isNotNull();
        assertThat(auditTrail.latest("SELF_ASSESSMENT", String.valueOf(reopened.assessmentId()), 10))
                .extracting(AuditEntry::action)
                .contains("SELF_ASSESSMENT_WITHDRAWN", "SELF_ASSESSMENT_RESUBMITTED");

        // After the deadline the submission stays.
        SignIn.as(context, focalPoint, Accounts.PASSWORD);
        Sheet again = assessments.sheet(period, namSach);
        clock.advance(Duration.ofDays(4));
        assertThatThrownBy(() -> assessments.withdraw(again.assessmentId(), again.version()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.withdraw.tooLate"));
        clock.reset();

        // Once appraisal started neither.
        AppraisalFixtures.assign(context, period, "HNS", "hoidong1", null);
        AppraisalFixtures.advance(context, period);
        SignIn.as(context, focalPoint, Accounts.PASSWORD);
        assertThatThrownBy(() -> assessments.withdraw(again.assessmentId(), again.version()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.lock.closed"));
    }

    private OverviewRow overview(long period) {
        return assessments.overview(period).stream()
                .filter(line -> line.unit().code().equals("HNS"))
                .findFirst()
                .orElseThrow();
    }

    private void setSelfAssessmentDeadline(long period, LocalDate date) {
        SignIn.as(context, "noivu");
        PeriodDirectory periods = context.getBean(PeriodDirectory.class);
        Map<Phase, LocalDate> deadlines = new EnumMap<>(Phase.class);
        deadlines.putAll(periods.period(period).deadlines());
        deadlines.put(Phase.SELF_ASSESSMENT, date);
        context.getBean(PeriodAdministration.class)
                .setDeadlines(period, periods.period(period).version(), deadlines);
    }
}
