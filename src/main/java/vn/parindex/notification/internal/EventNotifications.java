package vn.parindex.notification.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.ExplanationsAnswered;
import vn.parindex.appraisal.ExplanationsRequested;
import vn.parindex.appraisal.ResultsPublished;
import vn.parindex.assessment.AssessmentReturned;
import vn.parindex.leaders.LeadersReturned;
import vn.parindex.leaders.LeadersSubmitted;
import vn.parindex.notification.Localized;
import vn.parindex.notification.Notice;
import vn.parindex.notification.NotificationKind;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.security.Role;
import vn.parindex.security.UserContacts;

/**
 * Turns what happened elsewhere into notifications, inside the publisher's transaction (the notices
 * are saved with the change they report, their mails go after its commit), as whoever acted.
 */
@Component
class EventNotifications {

    private final NotificationWriter writer;
    private final UserContacts contacts;
    private final PeriodDirectory periods;
    private final OrganizationDirectory organization;

    EventNotifications(
            NotificationWriter writer,
            UserContacts contacts,
            PeriodDirectory periods,
            OrganizationDirectory organization) {
        this.writer = writer;
        this.contacts = contacts;
        this.periods = periods;
        this.organization = organization;
    }

    /** The council's questions reached the unit: its focal points answer them. */
    @EventListener
    void on(ExplanationsRequested event) {
        PeriodSummary period = periods.period(event.periodId());
        UnitSummary unit = organization.unit(event.unitId());
        writer.write(
                notice(
                        NotificationKind.EXPLANATIONS_REQUESTED,
                        period,
                        unit,
                        Links.explanations(period.id()),
                        event.itemCount(),
                        event.deadline()),
                contacts.focalPointsOf(List.of(unit.id())));
    }

    /** The unit answered: the appraisers who asked score again. */
    @EventListener
    void on(ExplanationsAnswered event) {
        PeriodSummary period = periods.period(event.periodId());
        UnitSummary unit = organization.unit(event.unitId());
        writer.write(
                notice(NotificationKind.EXPLANATIONS_ANSWERED, period, unit, Links.APPRAISAL),
                contacts.byIds(event.appraiserUserIds()));
    }

    /** The secretariat gave the sheet back: the unit's focal points correct and resubmit it. */
    @EventListener
    void on(AssessmentReturned event) {
        PeriodSummary period = periods.period(event.periodId());
        UnitSummary unit = organization.unit(event.unitId());
        writer.write(
                notice(NotificationKind.ASSESSMENT_RETURNED, period, unit, Links.sheet(period.id()), event.reason()),
                contacts.focalPointsOf(List.of(unit.id())));
    }

    /** A block's results are out: every focal point of the block's units, once. */
    @EventListener
    void on(ResultsPublished event) {
        PeriodSummary period = periods.period(event.periodId());
        BlockSummary block = organization.blocks().stream()
                .filter(candidate -> candidate.id() == event.blockId())
                .findFirst()
                .orElseThrow();
        List<Long> units = organization.units().stream()
                .filter(unit -> unit.blockId() == block.id() && unit.active())
                .map(UnitSummary::id)
                .toList();
        Notice notice = new Notice(
                NotificationKind.RESULTS_PUBLISHED,
                period.id(),
                null,
                Links.HOME,
                List.of(title(period), new Localized(block.nameVi(), block.nameEn())));
        writer.writeOnce(notice, contacts.focalPointsOf(units), 0);
    }

    /** A block's classification of heads awaits the leader's decision: every provincial leader. */
    @EventListener
    void on(LeadersSubmitted event) {
        PeriodSummary period = periods.period(event.periodId());
        Notice notice = new Notice(
                NotificationKind.LEADERS_SUBMITTED,
                period.id(),
                null,
                Links.leaders(event.year(), event.blockId()),
                List.of(title(period), new Localized(event.blockNameVi(), event.blockNameEn())));
        writer.write(notice, contacts.withRole(Role.LEADER));
    }

    /** The leader returned a block's classification: the secretariat reads the comments and revises it. */
    @EventListener
    void on(LeadersReturned event) {
        PeriodSummary period = periods.period(event.periodId());
        Notice notice = new Notice(
                NotificationKind.LEADERS_RETURNED,
                period.id(),
                null,
                Links.leaders(event.year(), event.blockId()),
                List.of(title(period), new Localized(event.blockNameVi(), event.blockNameEn()), event.comment()));
        writer.write(notice, contacts.withRole(Role.SECRETARIAT));
    }

    private static Notice notice(
            NotificationKind kind, PeriodSummary period, UnitSummary unit, String link, Object... more) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(title(period));
        arguments.add(new Localized(unit.nameVi(), unit.nameEn()));
        arguments.addAll(Arrays.asList(more));
        return new Notice(kind, period.id(), unit.id(), link, arguments);
    }

    private static Localized title(PeriodSummary period) {
        return new Localized(period.titleVi(), period.titleEn());
    }
}
