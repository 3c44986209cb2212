package vn.motcua.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * Whether a dossier, or one step of it, ended early, on time or late ("trước hạn / đúng hạn / quá
 * hạn"), as reported on the control sheet (form 6) and in the statistics.
 *
 * <p><b>Rule</b> ({@link #classify}). Time is measured in working time from the start (reception, or the
 * step's start) with the time waited for the applicant's supplement subtracted: the end is read on
 * that paused-free time line, as if the clock had never stood still. Then
 * <ul>
 *   <li>{@link #LATE}: more working time was used than allotted (the end is after the deadline);</li>
 *   <li>{@link #ON_TIME}: not late, and the end falls on the working day of the deadline;</li>
 *   <li>{@link #EARLY}: the end falls on a working day before the day of the deadline.</li>
 * </ul>
 * So a same-day procedure is at best on time, and a 5-day procedure finished any time on the fifth
 * working day is on time, as the appointment slip promises a day rather than a minute.
 */
public enum Timeliness {

    /** Ended on a working day before the day of the deadline. */
    EARLY("Trước hạn"),
    /** Ended on the day of the deadline, not after it. */
    ON_TIME("Đúng hạn"),
    /** Ended after the deadline. */
    LATE("Quá hạn");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    /** The Vietnamese label used on the control sheet and in reports. */
    public String label() {
        return label;
    }

    /**
     * Classifies an end against an allotment, both measured in working time from {@code start}.
     * A pure function of its arguments.
     *
     * @param calculator        the working-time arithmetic (calendar and office hours)
     * @param start             when the clock started: reception of the dossier, or creation of the step's task
     * @param end               when it ended: done, returned, stopped, refused or withdrawn; or the
     *                          step's completion
     * @param allotment         the working time allowed, e.g. the working time from reception to the
     *                          appointment, or a step's {@code slaDays} as working time
     * @param pausedWorkingTime working time between {@code start} and {@code end} during which the clock
     *                          stood still (waiting for a supplement); zero when it never paused
     */
    public static Timeliness classify(WorkingTimeCalculator calculator, Instant start, Instant end, Duration allotment,
                                      Duration pausedWorkingTime) {
        Objects.requireNonNull(calculator, "calculator");
        if (allotment.isNegative() || pausedWorkingTime.isNegative()) {
            throw new IllegalArgumentException("allotment and paused time must not be negative");
        }
        Duration used = calculator.workingTimeBetween(start, end).minus(pausedWorkingTime);
        if (used.compareTo(allotment) > 0) {
            return LATE;
        }
        // read both moments on the paused-free time line that starts at `start`
        LocalDate endDay = localDate(calculator.plusWorkingHours(start, used.isNegative() ? Duration.ZERO : used));
        LocalDate deadlineDay = localDate(calculator.plusWorkingHours(start, allotment));
        return endDay.isBefore(deadlineDay) ? EARLY : ON_TIME;
    }

    /**
     * The same rule for an end against a deadline that already includes every pause (a step's due date,
     * which the SLA clock moves on resume): late after it; early on a day before the deadline's day;
     * on time otherwise.
     */
    public static Timeliness against(Instant end, Instant deadline) {
        if (end.isAfter(deadline)) {
            return LATE;
        }
        return localDate(end).isBefore(localDate(deadline)) ? EARLY : ON_TIME;
    }

    private static LocalDate localDate(Instant instant) {
        return instant.atZone(WorkingTimeCalculator.ZONE).toLocalDate();
    }
}
