package vn.motcua.sla.calendar;

/**
 * The working-day calendar in force changed on this node because of a change made here: a year stored or
 * replaced through {@link CalendarAdministration}, or a calendar file stored at start-up (published once the
 * application is ready). Deadlines counted with {@code before} can be counted again with {@code after}.
 *
 * @param before the calculator in force until the change
 * @param after  the calculator in force from now on
 */
public record CalendarChanged(WorkingTimeCalculator before, WorkingTimeCalculator after) {
}
