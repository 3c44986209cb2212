package vn.motcua.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.sla.calendar.OfficialCalendars.CALENDAR;
import static vn.motcua.sla.calendar.OfficialCalendars.at;
import static vn.motcua.sla.calendar.OfficialCalendars.local;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import vn.motcua.sla.calendar.WorkingHours.Period;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingHoursTest {

    @Test
    void the_default_office_hours_are_07_30_to_11_30_and_13_30_to_17_30_making_an_8_hour_working_day() {
        WorkingHours hours = WorkingHours.defaults();
        assertThat(hours.periods()).containsExactly(Period.of("07:30", "11:30"), Period.of("13:30", "17:30"));
        assertThat(hours.dayLength()).isEqualTo(Duration.ofHours(8));
        assertThat(hours.dayStart()).isEqualTo(LocalTime.of(7, 30));
        assertThat(hours.dayEnd()).isEqualTo(LocalTime.of(17, 30));
    }

    @Test
    void a_center_opening_07_00_to_11_00_and_13_00_to_17_00_ends_a_working_day_at_17_00() {
        WorkingHours hours = WorkingHours.of(Period.of("07:00", "11:00"), Period.of("13:00", "17:00"));
        WorkingTimeCalculator calculator = new WorkingTimeCalculator(CALENDAR, hours);
        assertThat(local(calculator.plusWorkingDays(at("2025-03-10 07:00"), 1))).isEqualTo("2025-03-10T17:00");
        assertThat(local(calculator.sameDayDeadline(at("2025-03-10 14:00")))).isEqualTo("2025-03-10T17:00");
    }

    @Test
    void with_a_7_hour_office_day_one_working_day_is_7_working_hours() {
        WorkingHours hours = WorkingHours.of(Period.of("07:30", "11:30"), Period.of("13:00", "16:00"));
        WorkingTimeCalculator calculator = new WorkingTimeCalculator(CALENDAR, hours);
        assertThat(hours.dayLength()).isEqualTo(Duration.ofHours(7));
        assertThat(local(calculator.plusWorkingDays(at("2025-03-10 09:00"), 1))).isEqualTo("2025-03-11T09:00");
    }

    @Test
    void periods_must_be_ordered_and_must_not_overlap_but_may_touch() {
        assertThatThrownBy(() -> WorkingHours.of(Period.of("13:30", "17:30"), Period.of("07:30", "11:30")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingHours.of(Period.of("07:30", "12:00"), Period.of("11:30", "17:30")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WorkingHours.of(Period.of("07:30", "11:30"), Period.of("11:30", "15:30")).dayLength())
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void a_period_must_end_after_it_starts_and_a_day_needs_a_period() {
        assertThatThrownBy(() -> Period.of("11:30", "07:30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.of("07:30", "07:30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingHours(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void worked_time_and_its_inverse_keep_period_ends() {
        WorkingHours hours = WorkingHours.defaults();
        long h = Duration.ofHours(1).toNanos();
        assertThat(hours.workedBefore(LocalTime.of(12, 0).toNanoOfDay())).isEqualTo(4 * h);
        assertThat(hours.workedBefore(LocalTime.of(14, 30).toNanoOfDay())).isEqualTo(5 * h);
        assertThat(hours.timeWhenWorked(4 * h)).isEqualTo(LocalTime.of(11, 30).toNanoOfDay());
        assertThat(hours.timeWhenWorked(8 * h)).isEqualTo(LocalTime.of(17, 30).toNanoOfDay());
    }
}
