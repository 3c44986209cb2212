package vn.motcua.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.sla.calendar.WorkingHours;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * A time limit counted in working time: a procedure's legal limit ("5 ngày làm việc"), a step's
 * allotment ({@code slaDays}, {@code slaHours}) or a working-time timer. Either an amount of working
 * days and hours, or the same-day rule ("trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp
 * theo").
 *
 * <p><b>Notation</b> ({@link #parse(String)}, {@link #notation()}): an ISO-8601 duration restricted to
 * days, hours, minutes and seconds — {@code P5D}, {@code PT4H}, {@code P1DT4H}, {@code PT30M},
 * {@code P0.5D} — read as WORKING time (1 working day = the office hours of a day, 8 h by default), or
 * {@code same-day}. Years, months and weeks are refused: they have no agreed meaning in working time.
 *
 * <p>Immutable; equal when the notation is equal.
 */
public final class TimeLimit {

    private static final String SAME_DAY = "same-day";
    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final Pattern ISO = Pattern.compile(
            "P(?:" + NUMBER + "D)?(?:T(?:" + NUMBER + "H)?(?:" + NUMBER + "M)?(?:" + NUMBER + "S)?)?");
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final boolean sameDay;
    private final BigDecimal workingDays;
    private final Duration workingTime;

    private TimeLimit(boolean sameDay, BigDecimal workingDays, Duration workingTime) {
        this.sameDay = sameDay;
        this.workingDays = workingDays.stripTrailingZeros();
        this.workingTime = workingTime;
    }

    /** A limit of whole or fractional working days ({@code 0.5} = half a working day), {@code > 0}. */
    public static TimeLimit workingDays(BigDecimal days) {
        return amount(days, Duration.ZERO);
    }

    /** A limit of whole working days, {@code > 0}. */
    public static TimeLimit workingDays(int days) {
        return workingDays(BigDecimal.valueOf(days));
    }

    /** A limit of working hours, minutes or seconds, {@code > 0}. */
    public static TimeLimit workingTime(Duration time) {
        return amount(BigDecimal.ZERO, time);
    }

    /** A limit of whole or fractional working hours ({@code 1.5} = 1 h 30 min), {@code > 0}. */
    public static TimeLimit workingHours(BigDecimal hours) {
        return workingTime(Duration.ofSeconds(hours.multiply(SECONDS_PER_HOUR)
                .setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }

    /** The same-day rule: due at the end of the working day, or of the next one when received after the cut-off. */
    public static TimeLimit sameDay() {
        return new TimeLimit(true, BigDecimal.ZERO, Duration.ZERO);
    }

    private static TimeLimit amount(BigDecimal days, Duration time) {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(time, "time");
        if (days.signum() < 0 || time.isNegative() || (days.signum() == 0 && time.isZero())) {
            throw new IllegalArgumentException("Thời hạn phải lớn hơn 0 (ngày " + days.toPlainString() + ", giờ "
                    + time + ").");
        }
        return new TimeLimit(false, days, time);
    }

    /**
     * Reads the notation of the class comment. Surrounding blanks are ignored; a decimal comma is
     * accepted like a point.
     *
     * @throws IllegalArgumentException with a Vietnamese message naming the accepted forms
     */
    public static TimeLimit parse(String notation) {
        String text = notation == null ? "" : notation.strip();
        if (text.equalsIgnoreCase(SAME_DAY)) {
            return sameDay();
        }
        Matcher iso = ISO.matcher(text.toUpperCase(Locale.ROOT));
        if (text.length() < 2 || text.toUpperCase(Locale.ROOT).endsWith("T") || !iso.matches()) {
            throw new IllegalArgumentException("Thời hạn làm việc '" + text + "' không hợp lệ: dùng số ngày (D), giờ (H), "
                    + "phút (M) làm việc theo ISO-8601, ví dụ P2D, PT4H, P1DT4H, P0.5D, hoặc same-day; "
                    + "không dùng năm, tháng, tuần.");
        }
        BigDecimal days = number(iso.group(1));
        BigDecimal seconds = number(iso.group(2)).multiply(SECONDS_PER_HOUR)
                .add(number(iso.group(3)).multiply(BigDecimal.valueOf(60)))
                .add(number(iso.group(4)));
        return amount(days, Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP)
                .longValueExact()));
    }

    private static BigDecimal number(String group) {
        return group == null ? BigDecimal.ZERO : new BigDecimal(group.replace(',', '.'));
    }

    /** Whether this is the same-day rule. */
    public boolean isSameDay() {
        return sameDay;
    }

    /** The working days of the amount (zero for the same-day rule). */
    public BigDecimal workingDays() {
        return workingDays;
    }

    /** The working hours, minutes and seconds of the amount on top of {@link #workingDays()}. */
    public Duration workingTime() {
        return workingTime;
    }

    /**
     * The amount as working time, converting days with the length of a working day. Not defined for
     * the same-day rule, whose allotment depends on the reception time ({@link #allotmentFrom}).
     */
    public Duration toWorkingTime(WorkingHours hours) {
        if (sameDay) {
            throw new IllegalStateException("the same-day rule has no fixed amount of working time");
        }
        BigDecimal dayNanos = BigDecimal.valueOf(hours.dayLength().toNanos());
        long nanos = workingDays.multiply(dayNanos).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Duration.ofNanos(nanos).plus(workingTime);
    }

    /**
     * The deadline of this limit for a clock started at {@code start}.
     *
     * @param calculator the working-time arithmetic in force
     * @param start      reception, task creation or timer creation instant
     * @param cutOff     the same-day cut-off (15:00 by default); unused for amounts
     */
    public Instant deadlineFrom(Instant start, WorkingTimeCalculator calculator, LocalTime cutOff) {
        if (sameDay) {
            return calculator.sameDayDeadline(start, cutOff);
        }
        return calculator.plusWorkingHours(start, toWorkingTime(calculator.workingHours()));
    }

    /** The working time this limit allows from {@code start}: the working time up to its deadline. */
    public Duration allotmentFrom(Instant start, WorkingTimeCalculator calculator, LocalTime cutOff) {
        return calculator.workingTimeBetween(start, deadlineFrom(start, calculator, cutOff));
    }

    /** The notation {@link #parse(String)} reads back: {@code P2D}, {@code PT4H}, {@code P1DT30M}, {@code same-day}. */
    public String notation() {
        if (sameDay) {
            return SAME_DAY;
        }
        StringBuilder text = new StringBuilder("P");
        if (workingDays.signum() > 0) {
            text.append(workingDays.toPlainString()).append('D');
        }
        if (!workingTime.isZero()) {
            text.append('T');
            if (workingTime.toHoursPart() > 0 || workingTime.toDays() > 0) {
                text.append(workingTime.toHours()).append('H');
            }
            if (workingTime.toMinutesPart() > 0) {
                text.append(workingTime.toMinutesPart()).append('M');
            }
            if (workingTime.toSecondsPart() > 0 || workingTime.toMillisPart() > 0) {
                text.append(BigDecimal.valueOf(workingTime.toSecondsPart() * 1000L + workingTime.toMillisPart(), 3)
                        .stripTrailingZeros().toPlainString()).append('S');
            }
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeLimit limit && limit.notation().equals(notation());
    }

    @Override
    public int hashCode() {
        return notation().hashCode();
    }

    @Override
    public String toString() {
        return notation();
    }
}
