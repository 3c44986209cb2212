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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingDayCalendarTest {

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource({
            "2025-01-01, false, New Year's day",
            "2025-01-24, true,  the Friday before Tết 2025",
            "2025-01-27, false, 28 tháng Chạp, first weekday of Tết 2025",
            "2025-01-31, false, mùng 3 Tết 2025",
            "2025-02-03, true,  first working day after Tết 2025",
            "2025-04-07, false, Hùng Kings day 2025",
            "2025-04-26, true,  make-up Saturday for 2 May 2025",
            "2025-05-02, false, Friday swapped with 26 April 2025",
            "2025-09-01, false, day adjacent to National Day 2025",
            "2025-09-03, true,  Wednesday after National Day 2025",
            "2025-03-15, false, an ordinary Saturday",
            "2025-03-12, true,  an ordinary Wednesday",
            "2026-01-02, false, Friday swapped with 10 January 2026",
            "2026-01-10, true,  make-up Saturday for 2 January 2026",
            "2026-02-13, true,  the Friday before Tết 2026",
            "2026-02-16, false, 29 tháng Chạp Ất Tỵ",
            "2026-02-20, false, mùng 4 Tết Bính Ngọ",
            "2026-02-23, true,  first working day after Tết 2026",
            "2026-04-27, false, compensatory day for Hùng Kings day on Sunday 26 April 2026",
            "2026-04-28, true,  Tuesday between Hùng Kings day and 30 April 2026",
            "2026-08-22, true,  make-up Saturday for 31 August 2026",
            "2026-08-31, false, Monday swapped with 22 August 2026",
            "2026-09-01, false, day adjacent to National Day 2026",
            "2026-11-24, false, Vietnam Culture Day (unconfirmed, applied)",
    })
    void the_official_calendar_says_which_days_are_worked(LocalDate date, boolean working, String why) {
        assertThat(CALENDAR.isWorkingDay(date)).as(why).isEqualTo(working);
    }

    @Test
    void year_2025_has_250_working_days() {
        assertThat(CALENDAR.countWorkingDays(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))).isEqualTo(250);
    }

    @Test
    void year_2026_has_249_working_days_or_250_without_the_unconfirmed_culture_day() {
        assertThat(CALENDAR.countWorkingDays(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).isEqualTo(249);
        WorkingDayCalendar confirmedOnly = new WorkingDayCalendar(List.of(YEAR_2026.withoutUnconfirmed()));
        assertThat(confirmedOnly.countWorkingDays(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).isEqualTo(250);
    }

    @Test
    void the_first_working_day_from_the_start_of_a_break_is_the_day_after_it() {
        assertThat(CALENDAR.firstWorkingDayFrom(LocalDate.of(2026, 2, 14))).isEqualTo("2026-02-23");
        assertThat(CALENDAR.firstWorkingDayFrom(LocalDate.of(2025, 4, 30))).isEqualTo("2025-05-05");
        assertThat(CALENDAR.firstWorkingDayFrom(LocalDate.of(2025, 4, 26))).isEqualTo("2025-04-26");
    }

    @Test
    void the_entry_deciding_a_date_carries_its_name_and_source() {
        assertThat(CALENDAR.entryOn(LocalDate.of(2026, 2, 17))).hasValueSatisfying(entry -> {
            assertThat(entry.kind()).isEqualTo(DayKind.HOLIDAY);
            assertThat(entry.name()).contains("Bính Ngọ");
            assertThat(entry.source()).contains("9441/TB-BNV");
        });
        assertThat(CALENDAR.entryOn(LocalDate.of(2026, 3, 4))).isEmpty();
    }

    @Test
    void a_later_entry_turns_a_holiday_back_into_a_working_day() {
        LocalDate cultureDay = LocalDate.of(2026, 11, 24);
        CalendarYear correction = new CalendarYear(2026, List.of(
                CalendarEntry.of(cultureDay, DayKind.MAKEUP_WORKING_DAY, "Làm việc bình thường", "correction")));

        WorkingDayCalendar corrected = new WorkingDayCalendar(List.of(YEAR_2025, YEAR_2026, correction));

        assertThat(corrected.isWorkingDay(cultureDay)).isTrue();
        assertThat(corrected.entryOn(cultureDay)).map(CalendarEntry::source).hasValue("correction");
        // the order of the years decides, not their content
        assertThat(new WorkingDayCalendar(List.of(correction, YEAR_2026)).isWorkingDay(cultureDay)).isFalse();
    }

    @Test
    void within_one_year_the_last_entry_for_a_date_wins() {
        LocalDate day = LocalDate.of(2026, 3, 4);
        CalendarYear year = new CalendarYear(2026, List.of(
                CalendarEntry.of(day, DayKind.COMPENSATORY_DAY_OFF, "Nghỉ", "first"),
                CalendarEntry.of(day, DayKind.MAKEUP_WORKING_DAY, "Đi làm", "second")));
        assertThat(new WorkingDayCalendar(List.of(year)).isWorkingDay(day)).isTrue();
    }

    @Test
    void outside_the_loaded_years_only_saturdays_and_sundays_are_off() {
        assertThat(CALENDAR.loadedYears()).containsExactly(2025, 2026);
        assertThat(CALENDAR.isLoaded(2027)).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 1, 1))).as("New Year 2027, a Friday").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2024, 9, 2))).as("National Day 2024, a Monday").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 1, 2))).as("a Saturday").isFalse();
    }

    @Test
    void a_year_missing_between_two_loaded_years_also_falls_back_to_weekends_only() {
        CalendarYear year2027 = new CalendarYear(2027, List.of(
                CalendarEntry.of(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "Tết Dương lịch", "test")));
        WorkingDayCalendar withGap = new WorkingDayCalendar(List.of(YEAR_2025, year2027));

        assertThat(withGap.isLoaded(2026)).isFalse();
        assertThat(withGap.isWorkingDay(LocalDate.of(2026, 2, 17))).isTrue();
        assertThat(withGap.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(withGap.isWorkingDay(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void a_weekends_only_calendar_has_no_loaded_year_and_works_every_weekday() {
        WorkingDayCalendar weekendsOnly = WorkingDayCalendar.weekendsOnly();
        assertThat(weekendsOnly.loadedYears()).isEmpty();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.isBefore(LocalDate.of(2025, 2, 1)); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertThat(weekendsOnly.isWorkingDay(d)).as(d.toString()).isEqualTo(!weekend);
        }
    }

    @Test
    void ordinals_count_working_days_and_invert_on_every_day_across_the_loaded_range_and_its_edges() {
        for (WorkingDayCalendar calendar : List.of(CALENDAR, WorkingDayCalendar.weekendsOnly(),
                new WorkingDayCalendar(List.of(YEAR_2026)))) {
            long from = LocalDate.of(2023, 11, 1).toEpochDay();
            long to = LocalDate.of(2028, 2, 1).toEpochDay();
            for (long day = from; day < to; day++) {
                long step = calendar.ordinalOf(day + 1) - calendar.ordinalOf(day);
                assertThat(step).as("ordinal step on %s", LocalDate.ofEpochDay(day))
                        .isEqualTo(calendar.isWorkingDay(day) ? 1 : 0);
                if (calendar.isWorkingDay(day)) {
                    assertThat(calendar.epochDayOfOrdinal(calendar.ordinalOf(day))).isEqualTo(day);
                }
            }
        }
    }

    @Test
    void ordinals_also_work_long_before_and_after_the_data() {
        long farPast = LocalDate.of(1900, 3, 5).toEpochDay();
        long farFuture = LocalDate.of(2199, 6, 3).toEpochDay();
        assertThat(CALENDAR.epochDayOfOrdinal(CALENDAR.ordinalOf(farPast))).isEqualTo(farPast);
        assertThat(CALENDAR.epochDayOfOrdinal(CALENDAR.ordinalOf(farFuture))).isEqualTo(farFuture);
    }
}
