package vn.motcua.printing;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PrintedDatesTest {

    @Test
    void a_time_is_printed_as_hours_minutes_and_day_in_vietnam() {
        assertThat(PrintedDates.time(at("2025-07-14T09:05:00+07:00"))).isEqualTo("09:05 ngày 14/07/2025");
        assertThat(PrintedDates.time(at("2025-07-14T16:30:00+07:00"))).isEqualTo("16:30 ngày 14/07/2025");
    }

    @Test
    void an_instant_late_in_the_utc_day_is_already_the_next_day_in_vietnam() {
        Instant utcEvening = Instant.parse("2025-12-31T18:30:00Z");
        assertThat(PrintedDates.time(utcEvening)).isEqualTo("01:30 ngày 01/01/2026");
        assertThat(PrintedDates.dateLine(utcEvening)).isEqualTo("ngày 01 tháng 01 năm 2026");
    }

    @Test
    void the_date_line_pads_days_below_10_and_the_months_january_and_february_only() {
        assertThat(PrintedDates.dateLine(at("2025-02-05T10:00:00+07:00"))).isEqualTo("ngày 05 tháng 02 năm 2025");
        assertThat(PrintedDates.dateLine(at("2025-07-14T10:00:00+07:00"))).isEqualTo("ngày 14 tháng 7 năm 2025");
        assertThat(PrintedDates.dateLine(at("2025-03-01T10:00:00+07:00"))).isEqualTo("ngày 01 tháng 3 năm 2025");
        assertThat(PrintedDates.dateLine(at("2025-12-25T10:00:00+07:00"))).isEqualTo("ngày 25 tháng 12 năm 2025");
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
