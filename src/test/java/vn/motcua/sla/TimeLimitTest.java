package vn.motcua.sla;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.motcua.sla.calendar.WorkingHours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.sla.OfficialWorkingTime.DEADLINES;
import static vn.motcua.sla.OfficialWorkingTime.at;
import static vn.motcua.sla.OfficialWorkingTime.local;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TimeLimitTest {

    @ParameterizedTest(name = "{0} is {1} of working time")
    @CsvSource({
            "P2D,     PT16H",
            "PT4H,    PT4H",
            "P1DT4H,  PT12H",
            "P0.5D,   PT4H",
            "'P1,5D', PT12H",
            "PT30M,   PT30M",
            "PT1H30M, PT1H30M",
            "PT45S,   PT45S",
            "p3d,     PT24H"})
    void the_notation_reads_days_hours_and_minutes_as_working_time(String notation, Duration workingTime) {
        assertThat(TimeLimit.parse(notation).toWorkingTime(WorkingHours.defaults())).isEqualTo(workingTime);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1Y", "P1M", "P2W", "P", "PT", "P1DT", "2D", "-P1D", "P-1D", "P0D", "PT0H", "", "tomorrow",
            "R3/PT1H"})
    void years_months_weeks_zero_and_malformed_values_are_refused_with_a_vietnamese_message(String notation) {
        assertThatThrownBy(() -> TimeLimit.parse(notation)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Thời hạn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P2D", "PT4H", "P1DT4H30M", "P0.5D", "PT1H0.5S", "same-day"})
    void the_notation_reads_back_what_it_writes(String notation) {
        assertThat(TimeLimit.parse(notation).notation()).isEqualTo(notation);
        assertThat(TimeLimit.parse(TimeLimit.parse(notation).notation())).isEqualTo(TimeLimit.parse(notation));
    }

    @Test
    void same_day_is_its_own_limit_without_a_fixed_amount() {
        TimeLimit sameDay = TimeLimit.parse(" Same-Day ");

        assertThat(sameDay.isSameDay()).isTrue();
        assertThat(sameDay).isEqualTo(TimeLimit.sameDay());
        assertThatThrownBy(() -> sameDay.toWorkingTime(WorkingHours.defaults())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void decimal_hours_become_minutes() {
        assertThat(TimeLimit.workingHours(new BigDecimal("1.5")).notation()).isEqualTo("PT1H30M");
    }

    @Test
    void a_dossier_received_the_friday_before_tet_with_2_working_days_is_due_the_tuesday_after() {
        assertThat(local(DEADLINES.deadline(at("2026-02-13 10:00"), TimeLimit.workingDays(2))))
                .isEqualTo("2026-02-24T10:00");
    }

    @Test
    void a_same_day_dossier_received_after_15_00_is_due_at_the_end_of_the_next_working_day() {
        assertThat(local(DEADLINES.deadline(at("2026-02-13 15:01"), TimeLimit.sameDay())))
                .isEqualTo("2026-02-23T17:30");
        assertThat(local(DEADLINES.deadline(at("2026-02-13 15:00"), TimeLimit.sameDay())))
                .isEqualTo("2026-02-13T17:30");
    }

    @Test
    void the_allotment_of_a_same_day_limit_depends_on_the_receipt_time() {
        assertThat(DEADLINES.allotment(at("2026-03-02 15:00"), TimeLimit.sameDay())).isEqualTo(Duration.ofMinutes(150));
        assertThat(DEADLINES.allotment(at("2026-03-02 16:00"), TimeLimit.sameDay())).isEqualTo(Duration.ofMinutes(90 + 480));
    }
}
