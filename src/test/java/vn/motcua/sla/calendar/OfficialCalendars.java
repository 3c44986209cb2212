package vn.motcua.sla.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Test fixture: the official 2025 and 2026 files as packaged on the classpath, and time helpers. */
final class OfficialCalendars {

    static final CalendarYear YEAR_2025 = read(2025);
    static final CalendarYear YEAR_2026 = read(2026);
    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(YEAR_2025, YEAR_2026));
    static final WorkingTimeCalculator CALCULATOR = new WorkingTimeCalculator(CALENDAR, WorkingHours.defaults());

    private OfficialCalendars() {
    }

    static CalendarYear read(int year) {
        String resource = "/processes/calendar/" + year + ".yaml";
        try (InputStream in = OfficialCalendars.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new CalendarYamlReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The instant of a Vietnam local date-time written "yyyy-MM-dd HH:mm". */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime.replace(' ', 'T')).atZone(WorkingTimeCalculator.ZONE).toInstant();
    }

    /** The Vietnam local date-time of an instant, for readable assertions. */
    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, WorkingTimeCalculator.ZONE);
    }
}
