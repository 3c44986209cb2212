package vn.motcua.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.calendar.OfficialCalendars.CALENDAR;
import static vn.motcua.sla.calendar.OfficialCalendars.YEAR_2025;
import static vn.motcua.sla.calendar.OfficialCalendars.YEAR_2026;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Sanity rules the data files must keep when someone edits them. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OfficialCalendarDataTest {

    private static final List<CalendarYear> YEARS = List.of(YEAR_2025, YEAR_2026);

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    @Test
    void each_year_has_the_11_holiday_days_of_labour_code_article_112_once_unconfirmed_entries_are_left_out() {
        for (CalendarYear year : YEARS) {
            assertThat(year.withoutUnconfirmed().entries()).filteredOn(e -> e.kind() == DayKind.HOLIDAY)
                    .as("holidays of %d", year.year()).hasSize(11);
        }
    }

    @Test
    void make_up_working_days_fall_on_weekends_and_days_off_other_than_holidays_on_weekdays() {
        for (CalendarYear year : YEARS) {
            for (CalendarEntry entry : year.entries()) {
                if (entry.kind() == DayKind.MAKEUP_WORKING_DAY) {
                    assertThat(weekend(entry.date())).as(entry.toString()).isTrue();
                }
                if (entry.kind() == DayKind.COMPENSATORY_DAY_OFF) {
                    assertThat(weekend(entry.date())).as(entry.toString()).isFalse();
                }
            }
        }
    }

    @Test
    void every_entry_names_its_legal_source_and_dates_are_unique_within_a_year() {
        for (CalendarYear year : YEARS) {
            assertThat(year.entries()).allSatisfy(entry ->
                    assertThat(entry.source()).matches(".*(Bộ luật Lao động|VPCP|TB-BNV|NQ).*"));
            assertThat(year.entries()).extracting(CalendarEntry::date).doesNotHaveDuplicates();
        }
    }

    @Test
    void only_vietnam_culture_day_2026_is_unconfirmed() {
        assertThat(YEAR_2025.unconfirmedEntries()).isEmpty();
        assertThat(YEAR_2026.unconfirmedEntries()).extracting(CalendarEntry::date)
                .containsExactly(LocalDate.of(2026, 11, 24));
    }

    @Test
    void the_tet_breaks_are_nine_consecutive_days_off_between_working_fridays_and_mondays() {
        assertBreak("2025-01-24", "2025-01-25", "2025-02-02", "2025-02-03");
        assertBreak("2026-02-13", "2026-02-14", "2026-02-22", "2026-02-23");
    }

    @Test
    void the_other_2026_breaks_match_the_announced_schedule() {
        assertBreak("2025-12-31", "2026-01-01", "2026-01-04", "2026-01-05");
        assertBreak("2026-04-24", "2026-04-25", "2026-04-27", "2026-04-28");
        assertBreak("2026-04-29", "2026-04-30", "2026-05-03", "2026-05-04");
        assertBreak("2026-08-28", "2026-08-29", "2026-09-02", "2026-09-03");
    }

    @Test
    void the_other_2025_breaks_match_the_announced_schedule() {
        assertBreak("2025-04-04", "2025-04-05", "2025-04-07", "2025-04-08");
        assertBreak("2025-04-29", "2025-04-30", "2025-05-04", "2025-05-05");
        assertBreak("2025-08-29", "2025-08-30", "2025-09-02", "2025-09-03");
    }

    private static void assertBreak(String lastWorkingDay, String firstDayOff, String lastDayOff, String nextWorkingDay) {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse(lastWorkingDay))).as(lastWorkingDay).isTrue();
        for (LocalDate d = LocalDate.parse(firstDayOff); !d.isAfter(LocalDate.parse(lastDayOff)); d = d.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse(nextWorkingDay))).as(nextWorkingDay).isTrue();
    }
}
