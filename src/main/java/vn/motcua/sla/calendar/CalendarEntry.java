package vn.motcua.sla.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated line of a year's official calendar.
 *
 * @param date        the calendar date (Vietnam local date)
 * @param kind        what the entry makes of that date
 * @param name        user-facing name, in Vietnamese (e.g. "Tết Nguyên đán Bính Ngọ (mùng 1 Tết)")
 * @param source      the legal document the date comes from (statute article, decision or official letter number)
 * @param unconfirmed true when the date could not be checked against its source; it still applies
 *                    unless the calendar is built from {@link CalendarYear#withoutUnconfirmed()}
 * @param note        optional free text, may be {@code null}
 */
public record CalendarEntry(LocalDate date, DayKind kind, String name, String source, boolean unconfirmed,
                            String note) {

    /** Validates that every mandatory field is present. */
    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        requireText(name, "name", date);
        requireText(source, "source", date);
    }

    /** A confirmed entry without note. */
    public static CalendarEntry of(LocalDate date, DayKind kind, String name, String source) {
        return new CalendarEntry(date, kind, name, source, false, null);
    }

    private static void requireText(String value, String field, LocalDate date) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("calendar entry " + date + " has no " + field);
        }
    }
}
