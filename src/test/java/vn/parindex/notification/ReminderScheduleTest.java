package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.notification.internal.ReminderSchedule;

class ReminderScheduleTest {

    private final ReminderSchedule schedule = new ReminderSchedule(List.of(7, 3, 1));

    @Test
    void eachDayLeftFallsToTheNearestReminderDayNotBeforeIt() {
        assertThat(schedule.reminderFor(8)).isEmpty();
        assertThat(schedule.reminderFor(7)).contains(7);
        assertThat(schedule.reminderFor(4)).contains(7);
        assertThat(schedule.reminderFor(3)).contains(3);
        assertThat(schedule.reminderFor(2)).contains(3);
        assertThat(schedule.reminderFor(1)).contains(1);
        assertThat(schedule.reminderFor(0)).as("the deadline itself").contains(1);
        assertThat(schedule.reminderFor(-1)).as("past the deadline").isEmpty();
    }

    @Test
    void theDaysMayComeInAnyOrderAndRepeat() {
        ReminderSchedule custom = new ReminderSchedule(List.of(2, 10, 2, -5));
        assertThat(custom.reminderFor(11)).isEmpty();
        assertThat(custom.reminderFor(5)).contains(10);
        assertThat(custom.reminderFor(0)).contains(2);
    }
}
