package vn.motcua.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.sla.calendar.OfficialCalendars.CALCULATOR;
import static vn.motcua.sla.calendar.OfficialCalendars.at;
import static vn.motcua.sla.calendar.OfficialCalendars.local;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The same-day rule of procedures such as birth registration: "in the day; received after 15:00 →
 * the next working day". Due means the end of that working day (17:30).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SameDayDeadlineTest {

    private static LocalDateTime due(String receivedAt) {
        return local(CALCULATOR.sameDayDeadline(at(receivedAt)));
    }

    @Test
    void received_at_14_59_on_an_ordinary_tuesday_is_due_at_17_30_the_same_day() {
        assertThat(due("2025-03-11 14:59")).isEqualTo("2025-03-11T17:30");
    }

    @Test
    void received_at_15_00_sharp_is_not_after_the_cut_off_and_is_due_the_same_day() {
        assertThat(due("2025-03-11 15:00")).isEqualTo("2025-03-11T17:30");
    }

    @Test
    void received_one_second_after_15_00_is_due_at_17_30_the_next_working_day() {
        assertThat(local(CALCULATOR.sameDayDeadline(at("2025-03-11 15:00").plusSeconds(1))))
                .isEqualTo("2025-03-12T17:30");
    }

    @Test
    void received_at_16_00_on_a_friday_is_due_monday_at_17_30() {
        assertThat(due("2025-03-14 16:00")).isEqualTo("2025-03-17T17:30");
    }

    @Test
    void received_at_06_45_before_the_office_opens_is_due_the_same_day() {
        assertThat(due("2025-03-11 06:45")).isEqualTo("2025-03-11T17:30");
    }

    @Test
    void received_at_12_00_during_lunch_is_due_the_same_day() {
        assertThat(due("2025-03-11 12:00")).isEqualTo("2025-03-11T17:30");
    }

    @Test
    void received_online_at_20_00_is_due_the_next_working_day() {
        assertThat(due("2025-03-11 20:00")).isEqualTo("2025-03-12T17:30");
    }

    @Test
    void received_on_a_sunday_is_due_at_the_end_of_monday() {
        assertThat(due("2025-03-16 10:00")).isEqualTo("2025-03-17T17:30");
    }

    @Test
    void received_at_10_00_on_tuesday_29_april_2025_before_the_holidays_is_due_the_same_day() {
        assertThat(due("2025-04-29 10:00")).isEqualTo("2025-04-29T17:30");
    }

    @Test
    void received_at_15_30_on_tuesday_29_april_2025_before_the_holidays_is_due_monday_5_may_at_17_30() {
        assertThat(due("2025-04-29 15:30")).isEqualTo("2025-05-05T17:30");
    }

    @Test
    void received_at_16_00_on_the_friday_before_tet_2026_is_due_monday_23_february_at_17_30() {
        assertThat(due("2026-02-13 16:00")).isEqualTo("2026-02-23T17:30");
    }

    @Test
    void received_online_during_tet_2025_is_due_at_the_end_of_monday_3_february() {
        assertThat(due("2025-01-30 09:00")).isEqualTo("2025-02-03T17:30");
    }

    @Test
    void received_at_15_30_on_friday_24_april_2026_before_hung_kings_day_is_due_tuesday_28_april_at_17_30() {
        assertThat(due("2026-04-24 15:30")).isEqualTo("2026-04-28T17:30");
    }

    @Test
    void received_at_15_30_on_wednesday_31_december_2025_is_due_monday_5_january_2026_at_17_30() {
        assertThat(due("2025-12-31 15:30")).isEqualTo("2026-01-05T17:30");
    }

    @Test
    void received_at_09_00_on_the_makeup_saturday_10_january_2026_is_due_that_saturday_at_17_30() {
        assertThat(due("2026-01-10 09:00")).isEqualTo("2026-01-10T17:30");
    }

    @Test
    void received_at_15_30_on_the_makeup_saturday_26_april_2025_is_due_monday_28_april_at_17_30() {
        assertThat(due("2025-04-26 15:30")).isEqualTo("2025-04-28T17:30");
    }

    @Test
    void a_unit_may_use_another_cut_off_such_as_16_00() {
        assertThat(local(CALCULATOR.sameDayDeadline(at("2025-03-11 15:30"), LocalTime.of(16, 0))))
                .isEqualTo("2025-03-11T17:30");
    }

    @Test
    void a_cut_off_after_the_end_of_the_working_day_is_rejected() {
        assertThatThrownBy(() -> CALCULATOR.sameDayDeadline(at("2025-03-11 15:30"), LocalTime.of(18, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17:30");
    }
}
