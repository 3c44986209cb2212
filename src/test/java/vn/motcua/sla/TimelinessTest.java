package vn.motcua.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.OfficialWorkingTime.CALCULATOR;
import static vn.motcua.sla.OfficialWorkingTime.at;

/** Early / on time / late on the official 2026 calendar, office hours 07:30–11:30 and 13:30–17:30. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TimelinessTest {

    private static final Duration TWO_DAYS = Duration.ofHours(16);

    private static Timeliness classify(String start, String end, Duration allotment, Duration paused) {
        return Timeliness.classify(CALCULATOR, at(start), at(end), allotment, paused);
    }

    @Nested
    class A_dossier_received_monday_09_00_with_2_working_days_due_wednesday_09_00 {

        @Test
        void done_tuesday_is_early() {
            assertThat(classify("2026-03-02 09:00", "2026-03-03 16:00", TWO_DAYS, Duration.ZERO)).isEqualTo(Timeliness.EARLY);
        }

        @Test
        void done_wednesday_at_07_45_is_on_time_as_the_appointment_promises_a_day() {
            assertThat(classify("2026-03-02 09:00", "2026-03-04 07:45", TWO_DAYS, Duration.ZERO)).isEqualTo(Timeliness.ON_TIME);
        }

        @Test
        void done_wednesday_at_09_00_exactly_is_on_time() {
            assertThat(classify("2026-03-02 09:00", "2026-03-04 09:00", TWO_DAYS, Duration.ZERO)).isEqualTo(Timeliness.ON_TIME);
        }

        @Test
        void done_wednesday_at_09_01_is_late() {
            assertThat(classify("2026-03-02 09:00", "2026-03-04 09:01", TWO_DAYS, Duration.ZERO)).isEqualTo(Timeliness.LATE);
        }

        @Test
        void done_tuesday_night_after_office_hours_counts_as_the_end_of_tuesday_and_is_early() {
            assertThat(classify("2026-03-02 09:00", "2026-03-03 21:00", TWO_DAYS, Duration.ZERO)).isEqualTo(Timeliness.EARLY);
        }
    }

    @Nested
    class With_a_pause_from_tuesday_08_00_to_the_next_monday_09_00 {

        /** Tuesday 08:00–17:30 (7.5 h), Wednesday to Friday (24 h), Monday 07:30–09:00 (1.5 h). */
        private final Duration paused = CALCULATOR.workingTimeBetween(at("2026-03-03 08:00"), at("2026-03-09 09:00"));

        @Test
        void the_paused_working_time_is_33_hours() {
            assertThat(paused).isEqualTo(Duration.ofHours(33));
        }

        @Test
        void done_at_the_resumed_deadline_tuesday_10_00_is_on_time() {
            assertThat(classify("2026-03-02 09:00", "2026-03-10 10:00", TWO_DAYS, paused)).isEqualTo(Timeliness.ON_TIME);
        }

        @Test
        void done_one_minute_after_the_resumed_deadline_is_late() {
            assertThat(classify("2026-03-02 09:00", "2026-03-10 10:01", TWO_DAYS, paused)).isEqualTo(Timeliness.LATE);
        }

        @Test
        void done_the_monday_of_the_resumption_is_early() {
            assertThat(classify("2026-03-02 09:00", "2026-03-09 10:00", TWO_DAYS, paused)).isEqualTo(Timeliness.EARLY);
        }

        @Test
        void without_subtracting_the_pause_the_same_end_would_be_late() {
            assertThat(classify("2026-03-02 09:00", "2026-03-09 10:00", TWO_DAYS, Duration.ZERO)).isEqualTo(Timeliness.LATE);
        }
    }

    @Nested
    class A_step_across_tet {

        @Test
        void a_2_day_step_created_friday_before_tet_and_done_monday_after_is_early() {
            assertThat(classify("2026-02-13 10:00", "2026-02-23 16:00", TWO_DAYS, Duration.ZERO)).isEqualTo(Timeliness.EARLY);
        }

        @Test
        void and_done_tuesday_morning_after_tet_is_on_time() {
            assertThat(classify("2026-02-13 10:00", "2026-02-24 09:30", TWO_DAYS, Duration.ZERO)).isEqualTo(Timeliness.ON_TIME);
        }
    }

    @Nested
    class A_same_day_procedure {

        private final Instant received = at("2026-03-02 14:00");
        private final Duration allotment = TimeLimit.sameDay().allotmentFrom(received, CALCULATOR,
                LocalTime.of(15, 0));

        @Test
        void done_the_same_afternoon_is_on_time_never_early() {
            assertThat(Timeliness.classify(CALCULATOR, received, at("2026-03-02 14:30"), allotment, Duration.ZERO))
                    .isEqualTo(Timeliness.ON_TIME);
        }

        @Test
        void done_the_next_morning_is_late() {
            assertThat(Timeliness.classify(CALCULATOR, received, at("2026-03-03 08:00"), allotment, Duration.ZERO))
                    .isEqualTo(Timeliness.LATE);
        }
    }

    @Test
    void a_step_against_a_due_date_that_already_holds_its_pauses() {
        Instant due = at("2026-03-04 09:00");
        assertThat(Timeliness.against(at("2026-03-03 17:00"), due)).isEqualTo(Timeliness.EARLY);
        // the day is read in Vietnam: 00:30 on the due day is the due day, not the day before (UTC)
        assertThat(Timeliness.against(at("2026-03-04 00:30"), due)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.against(due, due)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.against(at("2026-03-04 09:01"), due)).isEqualTo(Timeliness.LATE);
    }

    @Test
    void labels_are_vietnamese() {
        assertThat(Timeliness.EARLY.label()).isEqualTo("Trước hạn");
        assertThat(Timeliness.ON_TIME.label()).isEqualTo("Đúng hạn");
        assertThat(Timeliness.LATE.label()).isEqualTo("Quá hạn");
    }
}
