package vn.motcua.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Working-time arithmetic for deadlines ("ngày hẹn trả"): adds working days or hours to a reception
 * time, measures working time between two instants, and applies the same-day 15:00 rule.
 *
 * <h2>Model</h2>
 * All inputs and outputs are {@link Instant}s; they are read and produced in the fixed time zone
 * {@link #ZONE} (Asia/Ho_Chi_Minh, UTC+7), whatever the JVM default is. A moment is a <i>working
 * moment</i> when its local date is a working day of the {@link WorkingDayCalendar} and its local time
 * lies inside one of the {@link WorkingHours} periods {@code [start, end)} (07:30–11:30, 13:30–17:30 by
 * default). Working time is the measure of working moments: it runs only during office periods of
 * working days and stands still at night, at lunch, on weekends, holidays and compensatory days off.
 * One working day is {@link WorkingHours#dayLength()} of working time (8 h by default).
 *
 * <h2>Adding</h2>
 * {@code plusWorkingHours(start, d)} is the <b>earliest</b> instant {@code t >= start} such that the
 * working time in {@code [start, t]} equals {@code d}. Consequences:
 * <ul>
 *   <li>Counting starts at the next working moment: a reception at night, at lunch or on a day off
 *       loses nothing (received Sunday 10:00 + 1 working day = Monday 17:30).</li>
 *   <li>A reception inside office hours counts the rest of that period: received Monday 09:00 +
 *       1 working day = Tuesday 09:00; received Friday 16:59 + 1 working day = Monday 16:59 (the
 *       31 minutes of Friday count), if Monday is a working day.</li>
 *   <li>A deadline that fills a period exactly stays at that period's end: received Monday 07:30 +
 *       1 working day = Monday 17:30, not Tuesday 07:30; 13:30 + 4 h = 17:30.</li>
 *   <li>For an amount {@code > 0} the result is always on a working day, inside a period or exactly
 *       at a period's end. An amount of zero returns {@code start} unchanged.</li>
 * </ul>
 * Adding and measuring round-trip exactly: {@code workingTimeBetween(s, plusWorkingHours(s, d)) == d},
 * and adding is monotonic in both the start and the amount.
 *
 * <h2>Years without data</h2>
 * For dates in years the calendar has not loaded, only Saturdays and Sundays are days off (see
 * {@link WorkingDayCalendar}); check {@link WorkingDayCalendar#isLoaded(int)} where that matters.
 *
 * <p>Each call is a few array lookups (no loop over days), so it costs well under a microsecond.
 * Instances are immutable and thread-safe.
 */
public final class WorkingTimeCalculator {

    /** The time zone of every computation: Asia/Ho_Chi_Minh. */
    public static final ZoneId ZONE = VietnamLocalTime.ZONE;

    /** Cut-off of the same-day rule: received after 15:00, due the next working day. */
    public static final LocalTime DEFAULT_CUT_OFF = LocalTime.of(15, 0);

    private final WorkingDayCalendar calendar;
    private final WorkingHours hours;
    private final long dayLength;

    /**
     * @param calendar which dates are working days
     * @param hours    the office periods of a working day
     */
    public WorkingTimeCalculator(WorkingDayCalendar calendar, WorkingHours hours) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.dayLength = hours.dayLengthNanos();
    }

    /** The calendar this calculator reads. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The office hours this calculator reads. */
    public WorkingHours workingHours() {
        return hours;
    }

    /**
     * The deadline {@code days} working days after {@code start}: the same as
     * {@link #plusWorkingHours(Instant, Duration)} with {@code days × } {@link WorkingHours#dayLength()}.
     * Received Monday 09:00 with 1 working day → Tuesday 09:00; received on a Sunday with 1 working day →
     * Monday 17:30 (when both Mondays and Tuesdays are working days).
     *
     * @param start the reception instant (the clock starts at its next working moment)
     * @param days  number of working days, {@code >= 0}
     * @return the earliest instant at which that much working time has elapsed since {@code start}
     */
    public Instant plusWorkingDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        return plusNanos(start, Math.multiplyExact(days, dayLength));
    }

    /**
     * The earliest instant {@code t >= start} such that the working time between {@code start} and
     * {@code t} equals {@code amount}; see the class comment for the consequences (period ends are kept,
     * nights, lunch breaks and days off are skipped).
     *
     * @param start  the instant the clock starts from
     * @param amount working time to add, {@code >= 0}; zero returns {@code start}
     * @return the deadline
     */
    public Instant plusWorkingHours(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time must not be negative: " + amount);
        }
        return plusNanos(start, amount.toNanos());
    }

    /**
     * The working time between two instants: the measure of working moments in {@code [from, to)}.
     * Negative when {@code to} is before {@code from}, so that it is additive:
     * {@code between(a, b) + between(b, c) == between(a, c)}.
     *
     * @param from the earlier instant (e.g. reception)
     * @param to   the later instant (e.g. completion or deadline)
     * @return the working time, exact to the nanosecond
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        long fromLocal = VietnamLocalTime.localEpochSecond(from);
        long toLocal = VietnamLocalTime.localEpochSecond(to);
        long fromDay = VietnamLocalTime.epochDay(fromLocal);
        long toDay = VietnamLocalTime.epochDay(toLocal);
        long days = calendar.ordinalOf(toDay) - calendar.ordinalOf(fromDay);
        long within = workedInDay(toDay, VietnamLocalTime.nanoOfDay(toLocal, to))
                - workedInDay(fromDay, VietnamLocalTime.nanoOfDay(fromLocal, from));
        return Duration.ofNanos(Math.addExact(Math.multiplyExact(days, dayLength), within));
    }

    /**
     * The first working moment at or after {@code instant}: the instant itself inside office hours of a
     * working day, else the start of the next office period (after lunch, or the first period of the
     * next working day). Received 12:00 → 13:30; received 17:30 or on a Sunday → 07:30 of the next
     * working day. The working time between the two is zero.
     */
    public Instant nextWorkingMoment(Instant instant) {
        long local = VietnamLocalTime.localEpochSecond(instant);
        long day = VietnamLocalTime.epochDay(local);
        long time = VietnamLocalTime.nanoOfDay(local, instant);
        if (calendar.isWorkingDay(day)) {
            if (hours.isWithin(time)) {
                return instant;
            }
            long nextStart = hours.nextStartFrom(time);
            if (nextStart >= 0) {
                return VietnamLocalTime.toInstant(day, nextStart);
            }
        }
        long nextDay = calendar.epochDayOfOrdinal(calendar.ordinalOf(day + 1));
        return VietnamLocalTime.toInstant(nextDay, hours.dayStartNanos());
    }

    /** Whether the instant is a working moment (office hours of a working day, period end excluded). */
    public boolean isWorkingMoment(Instant instant) {
        long local = VietnamLocalTime.localEpochSecond(instant);
        return calendar.isWorkingDay(VietnamLocalTime.epochDay(local))
                && hours.isWithin(VietnamLocalTime.nanoOfDay(local, instant));
    }

    /**
     * The same-day rule ("trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo"):
     * <ul>
     *   <li>received on a working day at or before {@code cutOff} (local time, so 15:00:00 exactly is
     *       not "after 15:00") → the end of that working day ({@link WorkingHours#dayEnd()}, 17:30);
     *       this includes a reception before the office opens;</li>
     *   <li>received on a working day after {@code cutOff} → the end of the next working day;</li>
     *   <li>received on a day off → the end of the first working day after it.</li>
     * </ul>
     *
     * @param receivedAt when the complete dossier was received
     * @param cutOff     local time of day after which the dossier is due the next working day; must not
     *                   be after the end of the working day
     * @return the end of the working day the result is due
     */
    public Instant sameDayDeadline(Instant receivedAt, LocalTime cutOff) {
        long cutOffNanos = cutOff.toNanoOfDay();
        if (cutOffNanos > hours.dayEndNanos()) {
            throw new IllegalArgumentException("cut-off " + cutOff + " is after the end of the working day "
                    + hours.dayEnd());
        }
        long local = VietnamLocalTime.localEpochSecond(receivedAt);
        long day = VietnamLocalTime.epochDay(local);
        long dueOrdinal = calendar.ordinalOf(day);
        if (calendar.isWorkingDay(day) && VietnamLocalTime.nanoOfDay(local, receivedAt) > cutOffNanos) {
            dueOrdinal++;
        }
        return VietnamLocalTime.toInstant(calendar.epochDayOfOrdinal(dueOrdinal), hours.dayEndNanos());
    }

    /** {@link #sameDayDeadline(Instant, LocalTime)} with the 15:00 cut-off. */
    public Instant sameDayDeadline(Instant receivedAt) {
        return sameDayDeadline(receivedAt, DEFAULT_CUT_OFF);
    }

    private Instant plusNanos(Instant start, long amount) {
        if (amount == 0) {
            return start;
        }
        long local = VietnamLocalTime.localEpochSecond(start);
        long day = VietnamLocalTime.epochDay(local);
        // target working time counted from the beginning of the start day's ordinal
        long target = Math.addExact(workedInDay(day, VietnamLocalTime.nanoOfDay(local, start)), amount);
        long wholeDays = target / dayLength;
        long rest = target % dayLength;
        if (rest == 0) {
            // earliest instant: the end of the previous working day, not the start of the next one
            wholeDays--;
            rest = dayLength;
        }
        long dueDay = calendar.epochDayOfOrdinal(calendar.ordinalOf(day) + wholeDays);
        return VietnamLocalTime.toInstant(dueDay, hours.timeWhenWorked(rest));
    }

    /** Working time of the day before the time of day; zero on a day off (its ordinal is the next day's). */
    private long workedInDay(long epochDay, long nanoOfDay) {
        return calendar.isWorkingDay(epochDay) ? hours.workedBefore(nanoOfDay) : 0;
    }
}
