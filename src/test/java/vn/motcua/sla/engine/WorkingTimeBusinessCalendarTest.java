package vn.motcua.sla.engine;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.motcua.sla.OfficialWorkingTime.DEADLINES;
import static vn.motcua.sla.OfficialWorkingTime.at;
import static vn.motcua.sla.OfficialWorkingTime.local;

/** The {@code working:} notation inside Camunda's business calendars, on the official 2026 calendar. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingTimeBusinessCalendarTest {

    private final BusinessCalendar duration = new WorkingTimeBusinessCalendar(new DurationBusinessCalendar(), DEADLINES);
    private final BusinessCalendar dueDate = new WorkingTimeBusinessCalendar(new DueDateBusinessCalendar(), DEADLINES);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static Date date(String local) {
        return Date.from(at(local));
    }

    private static Object localOf(Date date) {
        return local(date.toInstant());
    }

    @ParameterizedTest(name = "{1} from {0} is due {2}")
    @CsvSource({
            "2026-02-13 10:00, working:P2D,      2026-02-24T10:00",
            "2026-02-13 10:00, working:PT4H,     2026-02-13T16:00",
            "2026-02-13 10:00, working:P1D,      2026-02-23T10:00",
            "2026-02-13 10:00, working:P0.5D,    2026-02-13T16:00",
            "2026-02-13 10:00, working:P1DT2H,   2026-02-23T14:00",
            "2026-02-13 16:00, working:same-day, 2026-02-23T17:30",
            "2026-02-14 10:00, working:PT1H,     2026-02-23T08:30",
            "2026-03-02 09:00, ' working:P1D ',  2026-03-03T09:00"})
    void a_working_time_duration_counts_office_hours_of_working_days_only(String start, String text, String due) {
        assertThat(localOf(duration.resolveDuedate(text, date(start)))).hasToString(due);
        assertThat(localOf(dueDate.resolveDuedate(text, date(start)))).hasToString(due);
    }

    @Test
    void an_ordinary_iso_duration_keeps_its_calendar_meaning() {
        assertThat(localOf(duration.resolveDuedate("P2D", date("2026-02-13 10:00")))).hasToString("2026-02-15T10:00");
        assertThat(localOf(duration.resolveDuedate("PT4H", date("2026-02-13 10:00")))).hasToString("2026-02-13T14:00");
        assertThat(localOf(dueDate.resolveDuedate("P2D", date("2026-02-13 10:00")))).hasToString("2026-02-15T10:00");
    }

    @Test
    void an_ordinary_date_keeps_its_meaning() {
        assertThat(dueDate.resolveDuedate("2026-02-14T10:00:00+07:00").toInstant())
                .isEqualTo(Instant.parse("2026-02-14T03:00:00Z"));
    }

    @Test
    void without_a_start_date_the_clock_starts_at_the_engine_time() {
        ClockUtil.setCurrentTime(date("2026-02-13 10:00"));

        assertThat(localOf(duration.resolveDuedate("working:P2D"))).hasToString("2026-02-24T10:00");
        assertThat(localOf(duration.resolveDuedate("P2D"))).hasToString("2026-02-15T10:00");
    }

    @Test
    void a_task_due_date_counts_from_the_task_creation() {
        Task task = mock(Task.class);
        when(task.getCreateTime()).thenReturn(date("2026-02-13 10:00"));

        assertThat(localOf(dueDate.resolveDuedate("working:P2D", task))).hasToString("2026-02-24T10:00");
    }

    @Test
    void a_malformed_working_time_fails_with_the_accepted_forms() {
        assertThatThrownBy(() -> duration.resolveDuedate("working:P1M", date("2026-02-13 10:00")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("P2D, PT4H");
    }
}
