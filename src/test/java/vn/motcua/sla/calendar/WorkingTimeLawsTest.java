package vn.motcua.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.calendar.OfficialCalendars.CALCULATOR;
import static vn.motcua.sla.calendar.OfficialCalendars.CALENDAR;

/**
 * Laws of the working-time arithmetic on the official 2025–2026 calendar. Instants range from
 * December 2024 to January 2027, so the fallback (weekends-only) years at both ends are exercised too.
 */
class WorkingTimeLawsTest {

    private static final long FIRST_DAY = LocalDate.of(2024, 12, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2027, 1, 31).toEpochDay();
    private static final Duration DAY = WorkingHours.defaults().dayLength();

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> anyMinute = Arbitraries.longs().between(FIRST_DAY * 1440, LAST_DAY * 1440)
                .map(minute -> Instant.ofEpochSecond(minute * 60 - 7 * 3600));
        Arbitrary<Instant> anyNano = Combinators.combine(
                        Arbitraries.longs().between(FIRST_DAY * 86_400, LAST_DAY * 86_400),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
        // period starts and ends, lunch, the cut-off, midnight: where off-by-one errors live
        Arbitrary<Instant> boundaries = Combinators.combine(
                        Arbitraries.longs().between(FIRST_DAY, LAST_DAY),
                        Arbitraries.of(LocalTime.MIDNIGHT, LocalTime.of(7, 30), LocalTime.of(11, 30),
                                LocalTime.of(12, 0), LocalTime.of(13, 30), LocalTime.of(15, 0),
                                LocalTime.of(17, 30), LocalTime.of(7, 29, 59, 999_999_999), LocalTime.MAX))
                .as((day, time) -> LocalDateTime.of(LocalDate.ofEpochDay(day), time)
                        .atZone(WorkingTimeCalculator.ZONE).toInstant());
        return Arbitraries.frequencyOf(Tuple.of(5, anyMinute), Tuple.of(2, anyNano), Tuple.of(3, boundaries));
    }

    @Provide
    Arbitrary<Duration> amounts() {
        Arbitrary<Duration> minutes = Arbitraries.longs().between(0, 40 * 8 * 60).map(Duration::ofMinutes);
        Arbitrary<Duration> wholeDays = Arbitraries.integers().between(0, 40).map(DAY::multipliedBy);
        Arbitrary<Duration> nanos = Arbitraries.longs().between(0, DAY.multipliedBy(3).toNanos()).map(Duration::ofNanos);
        return Arbitraries.frequencyOf(Tuple.of(4, minutes), Tuple.of(3, wholeDays), Tuple.of(2, nanos));
    }

    @Property
    void adding_then_measuring_gives_back_the_amount(@ForAll("instants") Instant start,
                                                     @ForAll("amounts") Duration amount) {
        Instant due = CALCULATOR.plusWorkingHours(start, amount);
        assertThat(CALCULATOR.workingTimeBetween(start, due)).isEqualTo(amount);
    }

    @Property
    void a_deadline_is_on_a_working_day_inside_office_hours_or_exactly_at_a_period_end(
            @ForAll("instants") Instant start, @ForAll("amounts") Duration amount) {
        if (amount.isZero()) {
            return;
        }
        LocalDateTime due = OfficialCalendars.local(CALCULATOR.plusWorkingHours(start, amount));
        assertThat(CALENDAR.isWorkingDay(due.toLocalDate())).as("%s is a working day", due).isTrue();
        LocalTime time = due.toLocalTime();
        // start excluded: a deadline never waits at the start of a period, it ends the previous one
        assertThat(WorkingHours.defaults().periods())
                .as("%s lies in (start, end] of a period", due)
                .anySatisfy(p -> assertThat(time.isAfter(p.start()) && !time.isAfter(p.end())).isTrue());
    }

    @Property
    void adding_is_monotonic_in_the_start_instant(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
                                                  @ForAll("amounts") Duration amount) {
        Instant earlier = a.isBefore(b) ? a : b;
        Instant later = a.isBefore(b) ? b : a;
        assertThat(CALCULATOR.plusWorkingHours(earlier, amount))
                .isBeforeOrEqualTo(CALCULATOR.plusWorkingHours(later, amount));
    }

    @Property
    void adding_is_monotonic_in_the_amount(@ForAll("instants") Instant start, @ForAll("amounts") Duration a,
                                           @ForAll("amounts") Duration b) {
        Duration smaller = a.compareTo(b) <= 0 ? a : b;
        Duration larger = a.compareTo(b) <= 0 ? b : a;
        assertThat(CALCULATOR.plusWorkingHours(start, smaller))
                .isBeforeOrEqualTo(CALCULATOR.plusWorkingHours(start, larger));
    }

    @Property
    void a_working_day_is_eight_working_hours(@ForAll("instants") Instant start,
                                              @ForAll @IntRange(min = 0, max = 60) int days) {
        assertThat(CALCULATOR.plusWorkingDays(start, days))
                .isEqualTo(CALCULATOR.plusWorkingHours(start, Duration.ofHours(8L * days)));
    }

    @Property
    void adding_in_two_steps_is_adding_once(@ForAll("instants") Instant start, @ForAll("amounts") Duration a,
                                            @ForAll("amounts") Duration b) {
        assertThat(CALCULATOR.plusWorkingHours(CALCULATOR.plusWorkingHours(start, a), b))
                .isEqualTo(CALCULATOR.plusWorkingHours(start, a.plus(b)));
    }

    @Property
    void measuring_is_additive(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
                               @ForAll("instants") Instant c) {
        assertThat(CALCULATOR.workingTimeBetween(a, b).plus(CALCULATOR.workingTimeBetween(b, c)))
                .isEqualTo(CALCULATOR.workingTimeBetween(a, c));
    }

    @Property
    void the_earliest_instant_reaching_a_measured_span_is_not_after_the_span_end(
            @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        Instant start = a.isBefore(b) ? a : b;
        Instant end = a.isBefore(b) ? b : a;
        Instant reached = CALCULATOR.plusWorkingHours(start, CALCULATOR.workingTimeBetween(start, end));
        assertThat(reached).isBeforeOrEqualTo(end);
        assertThat(CALCULATOR.workingTimeBetween(reached, end)).isZero();
    }

    @Property
    void the_next_working_moment_loses_no_working_time(@ForAll("instants") Instant instant) {
        Instant next = CALCULATOR.nextWorkingMoment(instant);
        assertThat(next).isAfterOrEqualTo(instant);
        assertThat(CALCULATOR.isWorkingMoment(next)).isTrue();
        assertThat(CALCULATOR.workingTimeBetween(instant, next)).isZero();
    }

    @Property
    void a_same_day_deadline_ends_a_working_day_and_leaves_between_2_and_a_half_and_10_and_a_half_working_hours(
            @ForAll("instants") Instant receivedAt) {
        Instant due = CALCULATOR.sameDayDeadline(receivedAt);
        LocalDateTime local = OfficialCalendars.local(due);
        assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(17, 30));
        assertThat(CALENDAR.isWorkingDay(local.toLocalDate())).isTrue();
        assertThat(CALCULATOR.workingTimeBetween(receivedAt, due))
                .isBetween(Duration.ofMinutes(150), Duration.ofMinutes(630));
    }
}
