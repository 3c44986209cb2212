package vn.motcua.sla.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The warning about next year's missing calendar, due from 1 October. */
class CalendarCoverageTest {

    private static final WorkingDayCalendar UNTIL_2026 = OfficialCalendars.CALENDAR;

    @Test
    void no_warning_until_30_september() {
        assertThat(CalendarCoverage.warningOn(LocalDate.of(2026, 9, 30), UNTIL_2026)).isEmpty();
        assertThat(CalendarCoverage.warningOn(LocalDate.of(2026, 1, 2), UNTIL_2026)).isEmpty();
    }

    @Test
    void from_1_october_supervisors_are_warned_that_next_year_is_missing() {
        assertThat(CalendarCoverage.warningOn(LocalDate.of(2026, 10, 1), UNTIL_2026)).get().asString()
                .startsWith("Chưa có lịch làm việc năm 2027.").contains("tính tạm");
        assertThat(CalendarCoverage.warningOn(LocalDate.of(2026, 12, 31), UNTIL_2026)).isPresent();
    }

    @Test
    void no_warning_once_next_year_is_loaded() {
        WorkingDayCalendar until2027 = new WorkingDayCalendar(List.of(OfficialCalendars.YEAR_2025,
                OfficialCalendars.YEAR_2026, new CalendarYear(2027, List.of())));
        assertThat(CalendarCoverage.warningOn(LocalDate.of(2026, 10, 1), until2027)).isEmpty();
    }

    @Test
    void a_provisional_stand_in_is_not_a_loaded_calendar() {
        WorkingDayCalendar withStandIn = new WorkingDayCalendar(List.of(OfficialCalendars.YEAR_2026),
                List.of(StatutoryHolidays.provisionalYear(2027)));
        assertThat(CalendarCoverage.warningOn(LocalDate.of(2026, 10, 1), withStandIn)).isPresent();
    }
}
