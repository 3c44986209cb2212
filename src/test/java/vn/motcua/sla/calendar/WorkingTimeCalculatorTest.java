package vn.motcua.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.sla.calendar.OfficialCalendars.CALCULATOR;
import static vn.motcua.sla.calendar.OfficialCalendars.CALENDAR;
import static vn.motcua.sla.calendar.OfficialCalendars.YEAR_2025;
import static vn.motcua.sla.calendar.OfficialCalendars.YEAR_2026;
import static vn.motcua.sla.calendar.OfficialCalendars.at;
import static vn.motcua.sla.calendar.OfficialCalendars.local;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked due-date examples on the official 2025–2026 calendar, default hours 07:30–11:30 and
 * 13:30–17:30 (1 working day = 8 working hours). Times are Vietnam local time.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingTimeCalculatorTest {

    private static LocalDateTime due(String receivedAt, int workingDays) {
        return local(CALCULATOR.plusWorkingDays(at(receivedAt), workingDays));
    }

    private static LocalDateTime dueAfterHours(String receivedAt, Duration workingTime) {
        return local(CALCULATOR.plusWorkingHours(at(receivedAt), workingTime));
    }

    @Nested
    class An_ordinary_week {

        @Test
        void a_dossier_received_monday_at_09_00_with_1_working_day_is_due_tuesday_at_09_00() {
            assertThat(due("2025-03-10 09:00", 1)).isEqualTo("2025-03-11T09:00");
        }

        @Test
        void a_dossier_received_monday_at_10_00_with_5_working_days_is_due_the_next_monday_at_10_00() {
            assertThat(due("2025-03-10 10:00", 5)).isEqualTo("2025-03-17T10:00");
        }

        @Test
        void a_dossier_received_monday_at_07_30_with_1_working_day_is_due_monday_at_17_30_not_tuesday_at_07_30() {
            assertThat(due("2025-03-10 07:30", 1)).isEqualTo("2025-03-10T17:30");
        }

        @Test
        void a_dossier_received_monday_at_13_30_with_1_working_day_is_due_tuesday_at_11_30_the_end_of_the_morning() {
            assertThat(due("2025-03-10 13:30", 1)).isEqualTo("2025-03-11T11:30");
        }

        @Test
        void a_dossier_received_friday_at_16_59_with_1_working_day_keeps_fridays_31_minutes_and_is_due_monday_at_16_59() {
            assertThat(due("2025-03-14 16:59", 1)).isEqualTo("2025-03-17T16:59");
        }

        @Test
        void a_dossier_received_friday_at_17_30_sharp_with_1_working_day_counts_from_monday_and_is_due_monday_at_17_30() {
            assertThat(due("2025-03-14 17:30", 1)).isEqualTo("2025-03-17T17:30");
        }

        @Test
        void zero_working_days_leave_the_receipt_time_unchanged_even_at_night() {
            assertThat(due("2025-03-11 22:00", 0)).isEqualTo("2025-03-11T22:00");
        }
    }

    @Nested
    class Receipts_outside_office_hours_start_at_the_next_working_moment {

        @Test
        void a_dossier_received_at_22_00_on_tuesday_with_1_working_day_is_due_wednesday_at_17_30() {
            assertThat(due("2025-03-11 22:00", 1)).isEqualTo("2025-03-12T17:30");
        }

        @Test
        void a_dossier_received_at_06_00_with_1_working_day_counts_from_07_30_and_is_due_at_17_30_the_same_day() {
            assertThat(due("2025-03-11 06:00", 1)).isEqualTo("2025-03-11T17:30");
        }

        @Test
        void a_dossier_received_on_sunday_with_1_working_day_is_due_monday_at_17_30() {
            assertThat(due("2025-03-16 10:00", 1)).isEqualTo("2025-03-17T17:30");
        }

        @Test
        void a_dossier_received_on_an_ordinary_saturday_with_2_working_days_is_due_tuesday_at_17_30() {
            assertThat(due("2025-03-15 09:00", 2)).isEqualTo("2025-03-18T17:30");
        }

        @Test
        void a_dossier_received_at_12_00_at_lunch_with_1_working_day_counts_from_13_30_and_is_due_tuesday_at_11_30() {
            assertThat(due("2025-03-10 12:00", 1)).isEqualTo("2025-03-11T11:30");
        }

        @Test
        void the_next_working_moment_at_lunch_is_13_30() {
            assertThat(local(CALCULATOR.nextWorkingMoment(at("2025-03-10 12:00")))).isEqualTo("2025-03-10T13:30");
        }

        @Test
        void the_next_working_moment_inside_office_hours_is_the_moment_itself() {
            assertThat(local(CALCULATOR.nextWorkingMoment(at("2025-03-10 09:17")))).isEqualTo("2025-03-10T09:17");
        }

        @Test
        void the_next_working_moment_at_17_30_sharp_is_07_30_of_the_next_working_day() {
            assertThat(local(CALCULATOR.nextWorkingMoment(at("2025-03-14 17:30")))).isEqualTo("2025-03-17T07:30");
        }

        @Test
        void the_next_working_moment_on_labour_day_2026_is_monday_4_may_at_07_30() {
            assertThat(local(CALCULATOR.nextWorkingMoment(at("2026-05-01 09:00")))).isEqualTo("2026-05-04T07:30");
        }

        @Test
        void the_next_working_moment_after_friday_evening_25_april_2025_is_the_makeup_saturday_at_07_30() {
            assertThat(local(CALCULATOR.nextWorkingMoment(at("2025-04-25 18:00")))).isEqualTo("2025-04-26T07:30");
        }

        @Test
        void a_moment_at_lunch_on_a_working_day_is_not_a_working_moment_but_10_00_is() {
            assertThat(CALCULATOR.isWorkingMoment(at("2025-03-10 12:00"))).isFalse();
            assertThat(CALCULATOR.isWorkingMoment(at("2025-03-10 10:00"))).isTrue();
            assertThat(CALCULATOR.isWorkingMoment(at("2026-02-17 10:00"))).isFalse();
        }
    }

    @Nested
    class Tet_At_Ty_2025_nine_days_off_from_25_january_to_2_february {

        @Test
        void a_dossier_received_thursday_23_january_at_15_00_with_1_working_day_is_due_friday_24_january_at_15_00() {
            assertThat(due("2025-01-23 15:00", 1)).isEqualTo("2025-01-24T15:00");
        }

        @Test
        void a_dossier_received_friday_24_january_at_14_00_with_1_working_day_is_due_monday_3_february_at_14_00() {
            assertThat(due("2025-01-24 14:00", 1)).isEqualTo("2025-02-03T14:00");
        }

        @Test
        void a_dossier_received_friday_24_january_at_10_00_with_3_working_days_is_due_wednesday_5_february_at_10_00() {
            assertThat(due("2025-01-24 10:00", 3)).isEqualTo("2025-02-05T10:00");
        }

        @Test
        void an_online_dossier_received_on_the_first_day_of_tet_with_1_working_day_is_due_monday_3_february_at_17_30() {
            assertThat(due("2025-01-29 09:00", 1)).isEqualTo("2025-02-03T17:30");
        }

        @Test
        void a_judicial_record_request_received_monday_20_january_at_08_00_with_10_working_days_is_due_monday_10_february_at_08_00() {
            assertThat(due("2025-01-20 08:00", 10)).isEqualTo("2025-02-10T08:00");
        }
    }

    @Nested
    class Tet_Binh_Ngo_2026_nine_days_off_from_14_to_22_february {

        @Test
        void a_dossier_received_at_16_59_on_the_friday_before_tet_2026_with_2_working_days_is_due_tuesday_24_february_at_16_59() {
            assertThat(due("2026-02-13 16:59", 2)).isEqualTo("2026-02-24T16:59");
        }

        @Test
        void a_dossier_received_at_17_45_on_the_friday_before_tet_2026_with_1_working_day_is_due_monday_23_february_at_17_30() {
            assertThat(due("2026-02-13 17:45", 1)).isEqualTo("2026-02-23T17:30");
        }

        @Test
        void a_dossier_received_thursday_12_february_at_09_00_with_2_working_days_is_due_monday_23_february_at_09_00() {
            assertThat(due("2026-02-12 09:00", 2)).isEqualTo("2026-02-23T09:00");
        }

        @Test
        void an_online_dossier_received_on_lunar_new_year_day_17_february_with_1_working_day_is_due_monday_23_february_at_17_30() {
            assertThat(due("2026-02-17 10:00", 1)).isEqualTo("2026-02-23T17:30");
        }

        @Test
        void a_construction_permit_received_monday_2_february_at_08_00_with_15_working_days_is_due_monday_2_march_at_08_00() {
            assertThat(due("2026-02-02 08:00", 15)).isEqualTo("2026-03-02T08:00");
        }

        @Test
        void two_working_hours_from_16_30_on_the_friday_before_tet_end_monday_23_february_at_08_30() {
            assertThat(dueAfterHours("2026-02-13 16:30", Duration.ofHours(2))).isEqualTo("2026-02-23T08:30");
        }
    }

    @Nested
    class Reunification_and_Labour_Day_2025_with_the_makeup_saturday_26_april {

        @Test
        void a_dossier_received_friday_25_april_at_09_00_with_1_working_day_is_due_on_the_makeup_saturday_26_april_at_09_00() {
            assertThat(due("2025-04-25 09:00", 1)).isEqualTo("2025-04-26T09:00");
        }

        @Test
        void a_dossier_received_on_the_makeup_saturday_26_april_at_10_00_with_1_working_day_is_due_monday_28_april_at_10_00() {
            assertThat(due("2025-04-26 10:00", 1)).isEqualTo("2025-04-28T10:00");
        }

        @Test
        void a_dossier_received_tuesday_29_april_at_14_00_with_2_working_days_is_due_tuesday_6_may_at_14_00() {
            assertThat(due("2025-04-29 14:00", 2)).isEqualTo("2025-05-06T14:00");
        }

        @Test
        void a_dossier_received_on_the_swapped_friday_2_may_with_1_working_day_is_due_monday_5_may_at_17_30() {
            assertThat(due("2025-05-02 09:00", 1)).isEqualTo("2025-05-05T17:30");
        }

        @Test
        void a_dossier_received_friday_4_april_at_10_00_before_hung_kings_day_with_1_working_day_is_due_tuesday_8_april_at_10_00() {
            assertThat(due("2025-04-04 10:00", 1)).isEqualTo("2025-04-08T10:00");
        }
    }

    @Nested
    class National_Day {

        @Test
        void a_dossier_received_friday_29_august_2025_at_15_00_with_1_working_day_is_due_wednesday_3_september_at_15_00() {
            assertThat(due("2025-08-29 15:00", 1)).isEqualTo("2025-09-03T15:00");
        }

        @Test
        void a_dossier_received_friday_28_august_2026_at_10_00_with_1_working_day_is_due_thursday_3_september_at_10_00() {
            assertThat(due("2026-08-28 10:00", 1)).isEqualTo("2026-09-03T10:00");
        }

        @Test
        void a_dossier_received_friday_21_august_2026_with_1_working_day_is_due_on_the_makeup_saturday_22_august() {
            assertThat(due("2026-08-21 10:00", 1)).isEqualTo("2026-08-22T10:00");
        }

        @Test
        void a_dossier_received_on_the_makeup_saturday_22_august_2026_at_16_00_with_1_working_day_is_due_monday_24_august_at_16_00() {
            assertThat(due("2026-08-22 16:00", 1)).isEqualTo("2026-08-24T16:00");
        }
    }

    @Nested
    class Other_days_off_of_2026 {

        @Test
        void a_dossier_received_wednesday_31_december_2025_at_10_00_with_1_working_day_is_due_monday_5_january_2026_at_10_00() {
            assertThat(due("2025-12-31 10:00", 1)).isEqualTo("2026-01-05T10:00");
        }

        @Test
        void a_dossier_received_friday_9_january_2026_with_1_working_day_is_due_on_the_makeup_saturday_10_january() {
            assertThat(due("2026-01-09 10:00", 1)).isEqualTo("2026-01-10T10:00");
        }

        @Test
        void a_dossier_received_friday_24_april_2026_with_1_working_day_skips_hung_kings_day_and_its_compensatory_monday() {
            assertThat(due("2026-04-24 10:00", 1)).isEqualTo("2026-04-28T10:00");
        }

        @Test
        void a_dossier_received_friday_24_april_2026_with_3_working_days_is_due_monday_4_may_after_30_april_and_1_may() {
            assertThat(due("2026-04-24 10:00", 3)).isEqualTo("2026-05-04T10:00");
        }

        @Test
        void with_the_unconfirmed_culture_day_24_november_2026_applied_monday_23_november_plus_1_working_day_is_wednesday() {
            assertThat(due("2026-11-23 10:00", 1)).isEqualTo("2026-11-25T10:00");
        }

        @Test
        void without_unconfirmed_entries_monday_23_november_2026_plus_1_working_day_is_tuesday_24_november() {
            WorkingTimeCalculator confirmedOnly = new WorkingTimeCalculator(
                    new WorkingDayCalendar(List.of(YEAR_2025, YEAR_2026.withoutUnconfirmed())), WorkingHours.defaults());
            assertThat(local(confirmedOnly.plusWorkingDays(at("2026-11-23 10:00"), 1))).isEqualTo("2026-11-24T10:00");
        }
    }

    @Nested
    class Working_hours_and_working_days {

        @Test
        void sixteen_working_hours_are_the_same_deadline_as_2_working_days() {
            Instant receivedAt = at("2026-02-13 16:59");
            assertThat(CALCULATOR.plusWorkingHours(receivedAt, Duration.ofHours(16)))
                    .isEqualTo(CALCULATOR.plusWorkingDays(receivedAt, 2));
        }

        @Test
        void four_working_hours_from_friday_at_15_00_end_monday_at_09_00() {
            assertThat(dueAfterHours("2025-03-14 15:00", Duration.ofHours(4))).isEqualTo("2025-03-17T09:00");
        }

        @Test
        void four_working_hours_from_07_30_end_at_11_30_not_at_13_30() {
            assertThat(dueAfterHours("2025-03-10 07:30", Duration.ofHours(4))).isEqualTo("2025-03-10T11:30");
        }

        @Test
        void four_working_hours_from_13_30_end_at_17_30_not_at_07_30_the_next_day() {
            assertThat(dueAfterHours("2025-03-10 13:30", Duration.ofHours(4))).isEqualTo("2025-03-10T17:30");
        }

        @Test
        void thirty_working_minutes_from_11_15_run_over_lunch_to_13_45() {
            assertThat(dueAfterHours("2025-03-10 11:15", Duration.ofMinutes(30))).isEqualTo("2025-03-10T13:45");
        }

        @Test
        void a_negative_number_of_working_days_or_hours_is_rejected() {
            assertThatThrownBy(() -> CALCULATOR.plusWorkingDays(at("2025-03-10 09:00"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CALCULATOR.plusWorkingHours(at("2025-03-10 09:00"), Duration.ofMinutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Measuring_working_time {

        @Test
        void from_16_59_on_the_friday_before_tet_2026_to_16_59_on_tuesday_24_february_is_16_working_hours() {
            assertThat(CALCULATOR.workingTimeBetween(at("2026-02-13 16:59"), at("2026-02-24 16:59")))
                    .isEqualTo(Duration.ofHours(16));
        }

        @Test
        void from_friday_24_january_2025_at_10_00_to_wednesday_5_february_at_10_00_is_3_working_days() {
            assertThat(CALCULATOR.workingTimeBetween(at("2025-01-24 10:00"), at("2025-02-05 10:00")))
                    .isEqualTo(Duration.ofHours(24));
        }

        @Test
        void a_whole_working_day_from_07_30_to_17_30_is_8_working_hours() {
            assertThat(CALCULATOR.workingTimeBetween(at("2025-03-10 07:30"), at("2025-03-10 17:30")))
                    .isEqualTo(Duration.ofHours(8));
        }

        @Test
        void a_weekend_holds_no_working_time() {
            assertThat(CALCULATOR.workingTimeBetween(at("2025-03-15 08:00"), at("2025-03-16 18:00"))).isZero();
        }

        @Test
        void from_22_00_to_09_00_the_next_morning_is_1_and_a_half_working_hours() {
            assertThat(CALCULATOR.workingTimeBetween(at("2025-03-11 22:00"), at("2025-03-12 09:00")))
                    .isEqualTo(Duration.ofMinutes(90));
        }

        @Test
        void measuring_backwards_gives_the_negative_amount() {
            assertThat(CALCULATOR.workingTimeBetween(at("2025-03-12 09:00"), at("2025-03-11 22:00")))
                    .isEqualTo(Duration.ofMinutes(-90));
        }

        @Test
        void the_tet_2026_break_holds_no_working_time_between_friday_17_30_and_monday_07_30() {
            assertThat(CALCULATOR.workingTimeBetween(at("2026-02-13 17:30"), at("2026-02-23 07:30"))).isZero();
        }
    }

    @Nested
    class Years_without_official_data_have_only_weekends_off {

        @Test
        void new_year_2027_is_not_loaded_so_thursday_31_december_2026_plus_1_working_day_is_friday_1_january_2027() {
            assertThat(CALENDAR.isLoaded(2027)).isFalse();
            assertThat(due("2026-12-31 10:00", 1)).isEqualTo("2027-01-01T10:00");
        }

        @Test
        void from_the_unloaded_year_2024_into_2025_the_loaded_new_year_holiday_is_skipped() {
            assertThat(due("2024-12-27 10:00", 2)).isEqualTo("2024-12-31T10:00");
            assertThat(due("2024-12-31 10:00", 1)).isEqualTo("2025-01-02T10:00");
        }

        @Test
        void a_calculator_on_a_weekends_only_calendar_treats_holidays_as_working_days() {
            WorkingTimeCalculator weekendsOnly =
                    new WorkingTimeCalculator(WorkingDayCalendar.weekendsOnly(), WorkingHours.defaults());
            assertThat(local(weekendsOnly.plusWorkingDays(at("2026-02-13 16:59"), 2))).isEqualTo("2026-02-17T16:59");
        }
    }
}
