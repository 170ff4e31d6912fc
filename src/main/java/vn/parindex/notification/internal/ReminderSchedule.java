package vn.parindex.notification.internal;

import java.util.List;
import java.util.Optional;

/**
 * Which reminder is due with so many days left: the nearest reminder day not before today's count.
 * With 7, 3 and 1: 7 to 4 days left is the 7-day reminder, 3 and 2 the 3-day one, 1 and 0 (the
 * deadline itself) the 1-day one. A day the job missed is caught up the next day, and each is sent
 * once (the delivery log), so a unit is reminded at most once per reminder day.
 */
public final class ReminderSchedule {

    private final List<Integer> days;

    public ReminderSchedule(List<Integer> days) {
        this.days = days.stream().filter(day -> day >= 0).distinct().sorted().toList();
    }

    public Optional<Integer> reminderFor(long daysLeft) {
        if (daysLeft < 0) {
            return Optional.empty();
        }
        return days.stream().filter(day -> day >= daysLeft).findFirst();
    }
}
