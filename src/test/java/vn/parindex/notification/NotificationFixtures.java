package vn.parindex.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.ItemChange;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.security.AccountService;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserDraft;
import vn.parindex.shared.Locales;
import vn.parindex.support.Accounts;
import vn.parindex.support.SignIn;

/** Recipients of the tests' own, with their own addresses and languages, and what they received. */
public final class NotificationFixtures {

    private NotificationFixtures() {}

    /** An account of the tests, with password {@link Accounts#PASSWORD}; email is null without one. */
    public record Person(long id, String username, String email) {}

    public static Person person(
            ApplicationContext context, Role role, Long unitId, boolean withEmail, Locale language) {
        String username = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String email = withEmail ? username + "@example.test" : null;
        SignIn.as(context, "admin");
        long id;
        try {
            id = context.getBean(UserAdministration.class)
                    .createWithPresetPassword(new UserDraft(
                            username, "Người nhận " + username, email, unitId, EnumSet.of(role), Accounts.PASSWORD));
        } finally {
            SignIn.out();
        }
        if (Locales.isEnglish(language)) {
            as(context, username, () -> context.getBean(AccountService.class).changeLanguage(language));
        }
        return new Person(id, username, email);
    }

    public static long unitId(ApplicationContext context, String code) {
        return AssessmentFixtures.unit(context, code).id();
    }

    /** The person's notifications, newest first. */
    public static List<NotificationItem> inbox(ApplicationContext context, Person person) {
        SignIn.as(context, person.username(), Accounts.PASSWORD);
        try {
            return context.getBean(Notifications.class).latest(false, 100);
        } finally {
            SignIn.out();
        }
    }

    public static List<NotificationItem> inbox(ApplicationContext context, Person person, NotificationKind kind) {
        return inbox(context, person).stream()
                .filter(item -> item.kind() == kind)
                .toList();
    }

    /** Scores every item of the unit's sheet and submits it, as the given focal point; returns the assessment id. */
    public static long submit(ApplicationContext context, Person focalPoint, long periodId, long unitId) {
        SignIn.as(context, focalPoint.username(), Accounts.PASSWORD);
        try {
            SelfAssessments assessments = context.getBean(SelfAssessments.class);
            Sheet sheet = assessments.sheet(periodId, unitId);
            List<ItemChange> changes = AssessmentFixtures.fullMarks(sheet);
            assessments.save(sheet.assessmentId(), changes);
            Sheet saved = assessments.sheet(periodId, unitId);
            assessments.submit(saved.assessmentId(), saved.version());
            return saved.assessmentId();
        } finally {
            SignIn.out();
        }
    }

    /** Runs the work signed in as the person. */
    public static void as(ApplicationContext context, String username, Runnable work) {
        SignIn.as(context, username, Accounts.PASSWORD);
        try {
            work.run();
        } finally {
            SignIn.out();
        }
    }
}
