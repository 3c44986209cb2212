package vn.motcua.sla.calendar;

import java.time.Instant;

/**
 * A calendar year as held in the database.
 *
 * @param year      the official data
 * @param origin    {@code FILE} when loaded from {@code processes/calendar/<year>.yaml}, {@code API} once an
 *                  administrator changed it
 * @param revision  1 when first stored, bumped by every change
 * @param updatedBy who made the last change ({@code null} for a file load)
 * @param updatedAt when
 */
public record StoredCalendarYear(CalendarYear year, Origin origin, int revision, String updatedBy, Instant updatedAt) {

    /** Where the stored data of a year came from. */
    public enum Origin {
        /** Loaded from the calendar file shipped with the application. */
        FILE,
        /** Replaced through the administration API. */
        API
    }
}
