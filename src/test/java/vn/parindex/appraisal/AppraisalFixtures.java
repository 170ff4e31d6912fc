package vn.parindex.appraisal;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserDraft;
import vn.parindex.support.Accounts;
import vn.parindex.support.SignIn;

/**
 * Periods of the appraisal tests' own (2040-2046) with a unit's submitted self-assessment. Tests
 * elsewhere create "the newest year + 1" and expect it to copy the demo's criteria: before any of
 * these periods exists, {@link #guard} creates 2049 as a plain copy of the newest period then (the
 * demo's 2024 sets), so it stays the newest and what those tests copy.
 */
public final class AppraisalFixtures {

    public static final int GUARD_YEAR = 2049;

    private AppraisalFixtures() {}

    /** Creates the untouched guard period (see the class comment) once. */
    public static void guard(ApplicationContext context) {
        SignIn.as(context, "noivu");
        if (context.getBean(PeriodDirectory.class).byYear(GUARD_YEAR).isEmpty()) {
            context.getBean(PeriodAdministration.class)
                    .createPeriod(GUARD_YEAR, "Kỳ đánh giá " + GUARD_YEAR, "Assessment period " + GUARD_YEAR);
        }
        SignIn.out();
    }

    /**
     * The period of that year in self-assessment with the small set, and the unit's sheet submitted
     * with full marks by a new focal point of the unit, whose user name is returned.
     */
    public static String submitted(ApplicationContext context, int year, String unitCode) {
        guard(context);
        OwnPeriods.open(context, year);
        long periodId = periodId(context, year);
        long unitId = AssessmentFixtures.unit(context, unitCode).id();
        String focalPoint = AssessmentFixtures.signInFocalPointOf(context, unitCode);
        SelfAssessments assessments = context.getBean(SelfAssessments.class);
        Sheet sheet = assessments.sheet(periodId, unitId);
        assessments.save(sheet.assessmentId(), AssessmentFixtures.fullMarks(sheet));
        assessments.submit(
                sheet.assessmentId(),
                assessments.sheet(periodId, sheet.unit().id()).version());
        SignIn.out();
        return focalPoint;
    }

    /**
     * After a test: a period of these years left in SELF_ASSESSMENT (a test failed half-way) goes back
     * to preparation, so focal points' home pages elsewhere do not list it.
     */
    public static void leaveSelfAssessment(ApplicationContext context, int... years) {
        SignIn.as(context, "noivu");
        PeriodDirectory periods = context.getBean(PeriodDirectory.class);
        for (int year : years) {
            periods.byYear(year).ifPresent(period -> OwnPeriods.close(context, period.id()));
            SignIn.as(context, "noivu");
        }
        SignIn.out();
    }

    /**
     * Marks the notifications the appraisal tests caused for demo accounts as read, so their home pages
     * stay as other tests expect.
     */
    public static void readNotificationsOf(ApplicationContext context, String... usernames) {
        for (String username : usernames) {
            SignIn.as(context, username);
            context.getBean(vn.parindex.notification.Notifications.class).markAllRead();
        }
        SignIn.out();
    }

    public static long periodId(ApplicationContext context, int year) {
        SignIn.as(context, "noivu");
        return context.getBean(PeriodDirectory.class).byYear(year).orElseThrow().id();
    }

    /** Moves the period one phase forward as the secretariat. */
    public static void advance(ApplicationContext context, long periodId) {
        SignIn.as(context, "noivu");
        PeriodDirectory periods = context.getBean(PeriodDirectory.class);
        context.getBean(PeriodAdministration.class)
                .advance(periodId, periods.period(periodId).phase());
    }

    public static Phase phase(ApplicationContext context, long periodId) {
        SignIn.as(context, "noivu");
        return context.getBean(PeriodDirectory.class).period(periodId).phase();
    }

    /** Assigns a demo member to a whole unit as the secretariat. */
    public static long assign(ApplicationContext context, long periodId, String unitCode, String member, Long area) {
        long unitId = AssessmentFixtures.unit(context, unitCode).id();
        SignIn.as(context, "noivu");
        long memberId = context.getBean(vn.parindex.security.CouncilMembers.class).active().stream()
                .filter(candidate -> candidate.username().equals(member))
                .findFirst()
                .orElseThrow()
                .id();
        return context.getBean(AppraisalAssignments.class).assign(periodId, unitId, memberId, area);
    }

    /**
     * A new account with these roles in the unit; disable it afterwards with {@link #disable} so
     * counts of active council members elsewhere do not change.
     */
    public static String account(ApplicationContext context, String unitCode, Set<Role> roles) {
        String username =
                "a" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Long unitId = unitCode == null
                ? null
                : AssessmentFixtures.unit(context, unitCode).id();
        SignIn.as(context, "admin");
        context.getBean(UserAdministration.class)
                .create(new UserDraft(
                        username, "Người thử " + username, null, unitId, EnumSet.copyOf(roles), Accounts.PASSWORD));
        SignIn.out();
        return username;
    }

    public static void disable(ApplicationContext context, String username) {
        SignIn.as(context, "admin");
        UserAdministration users = context.getBean(UserAdministration.class);
        users.users().stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .ifPresent(user -> users.setEnabled(user.id(), false));
        SignIn.out();
    }
}
