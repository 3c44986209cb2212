package vn.motcua.sla;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.sla.calendar.CalendarYamlReader;
import vn.motcua.sla.calendar.CalendarYear;
import vn.motcua.sla.calendar.WorkingDayCalendar;
import vn.motcua.sla.calendar.WorkingHours;
import vn.motcua.sla.calendar.WorkingTimeCalculator;
import vn.motcua.sla.calendar.WorkingTimeProperties;

/** Test fixture: the official 2025–2026 calendar files with the default settings, and local-time helpers. */
public final class OfficialWorkingTime {

    public static final WorkingTimeCalculator CALCULATOR = new WorkingTimeCalculator(
            new WorkingDayCalendar(List.of(read(2025), read(2026))), WorkingHours.defaults());
    public static final Deadlines DEADLINES = Deadlines.fixed(CALCULATOR, WorkingTimeProperties.defaults());

    private OfficialWorkingTime() {
    }

    private static CalendarYear read(int year) {
        String resource = "/processes/calendar/" + year + ".yaml";
        try (InputStream in = OfficialWorkingTime.class.getResourceAsStream(resource)) {
            return new CalendarYamlReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The instant of a Vietnam local date-time written "yyyy-MM-dd HH:mm". */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime.replace(' ', 'T')).atZone(WorkingTimeCalculator.ZONE).toInstant();
    }

    /** The Vietnam local date-time of an instant, for readable assertions. */
    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, WorkingTimeCalculator.ZONE);
    }
}
