package vn.motcua.sla.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The office hours of a working day: an ordered list of non-overlapping periods, each half-open
 * {@code [start, end)}. The default is 07:30–11:30 and 13:30–17:30. One working day is the sum of
 * the periods (8 hours by default), which is how working days convert to working hours.
 *
 * <p>Times of day are handled as nanoseconds since local midnight so that the calculator never
 * allocates on its hot path.
 */
public final class WorkingHours {

    /**
     * One office period of the day.
     *
     * @param start first moment of the period
     * @param end   first moment after the period; must be after {@code start}
     */
    public record Period(LocalTime start, LocalTime end) {

        /** Checks {@code start < end}. */
        public Period {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("working period must end after it starts: " + start + "–" + end);
            }
        }

        /** A period from {@code "HH:mm"} strings, e.g. {@code Period.of("07:30", "11:30")}. */
        public static Period of(String start, String end) {
            return new Period(LocalTime.parse(start), LocalTime.parse(end));
        }
    }

    private static final WorkingHours DEFAULT = new WorkingHours(
            List.of(Period.of("07:30", "11:30"), Period.of("13:30", "17:30")));

    private final List<Period> periods;
    private final long[] starts;
    private final long[] ends;
    private final long dayLength;

    /**
     * @param periods the office periods of a day, in order, not overlapping (touching is allowed)
     */
    public WorkingHours(List<Period> periods) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a working day needs at least one period");
        }
        this.periods = List.copyOf(periods);
        starts = new long[periods.size()];
        ends = new long[periods.size()];
        long total = 0;
        for (int i = 0; i < periods.size(); i++) {
            starts[i] = periods.get(i).start().toNanoOfDay();
            ends[i] = periods.get(i).end().toNanoOfDay();
            if (i > 0 && starts[i] < ends[i - 1]) {
                throw new IllegalArgumentException("working periods must be ordered and not overlap: " + periods);
            }
            total += ends[i] - starts[i];
        }
        dayLength = total;
    }

    /** 07:30–11:30 and 13:30–17:30: 8 working hours a day. */
    public static WorkingHours defaults() {
        return DEFAULT;
    }

    /** Working hours made of the given periods. */
    public static WorkingHours of(Period... periods) {
        return new WorkingHours(List.of(periods));
    }

    /** The periods, in order. */
    public List<Period> periods() {
        return periods;
    }

    /** Working time in one working day: the sum of the periods (8 h by default). */
    public Duration dayLength() {
        return Duration.ofNanos(dayLength);
    }

    /** The start of the first period. */
    public LocalTime dayStart() {
        return periods.get(0).start();
    }

    /** The end of the last period: "end of the working day". */
    public LocalTime dayEnd() {
        return periods.get(periods.size() - 1).end();
    }

    long dayLengthNanos() {
        return dayLength;
    }

    long dayStartNanos() {
        return starts[0];
    }

    long dayEndNanos() {
        return ends[ends.length - 1];
    }

    /** Whether the time of day lies inside a period (start included, end excluded). */
    boolean isWithin(long nanoOfDay) {
        for (int i = 0; i < starts.length; i++) {
            if (nanoOfDay < starts[i]) {
                return false;
            }
            if (nanoOfDay < ends[i]) {
                return true;
            }
        }
        return false;
    }

    /** Working time of a working day elapsed before the given time of day, in [0, dayLength]. */
    long workedBefore(long nanoOfDay) {
        long worked = 0;
        for (int i = 0; i < starts.length && nanoOfDay > starts[i]; i++) {
            worked += Math.min(nanoOfDay, ends[i]) - starts[i];
        }
        return worked;
    }

    /**
     * The earliest time of day at which {@code worked} working time has elapsed, for
     * {@code 0 < worked <= dayLength}. Being the earliest, an amount that fills a period exactly
     * lands on that period's end (11:30, 17:30), never on the next period's start.
     */
    long timeWhenWorked(long worked) {
        long left = worked;
        for (int i = 0; i < starts.length; i++) {
            long length = ends[i] - starts[i];
            if (left <= length) {
                return starts[i] + left;
            }
            left -= length;
        }
        throw new IllegalArgumentException("more than one working day: " + worked + " ns");
    }

    /** The start of the first period beginning at or after the time of day, or -1 if none is left. */
    long nextStartFrom(long nanoOfDay) {
        for (long start : starts) {
            if (start >= nanoOfDay) {
                return start;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "WorkingHours" + periods;
    }
}
