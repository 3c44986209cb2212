package vn.motcua.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.motcua.sla.calendar.CurrentWorkingTime;
import vn.motcua.sla.calendar.WorkingTimeCalculator;
import vn.motcua.sla.calendar.WorkingTimeProperties;

/**
 * Deadlines under the calendar and settings in force: the one place the engine integration, the
 * dossier clock and reports compute working time. Each call reads the current calculator once and
 * costs well under a microsecond.
 *
 * <p>A deadline is computed once and stored by its caller; after a calendar change the SLA clock counts
 * the running dossiers' stored deadlines again ({@link SlaClock#recompute}).
 */
@Component
public class Deadlines {

    private final Supplier<WorkingTimeCalculator> calculator;
    private final Supplier<LocalTime> sameDayCutOff;

    @Autowired
    Deadlines(CurrentWorkingTime workingTime) {
        this(workingTime::calculator, workingTime::sameDayCutOff);
    }

    private Deadlines(Supplier<WorkingTimeCalculator> calculator, Supplier<LocalTime> sameDayCutOff) {
        this.calculator = calculator;
        this.sameDayCutOff = sameDayCutOff;
    }

    /** Deadlines on a fixed calculator and the configured cut-off, for tests and tools that run without the database. */
    public static Deadlines fixed(WorkingTimeCalculator calculator, WorkingTimeProperties properties) {
        LocalTime cutOff = properties.sameDayCutOff();
        return new Deadlines(() -> calculator, () -> cutOff);
    }

    /** The calculator in force (calendar and office hours). */
    public WorkingTimeCalculator calculator() {
        return calculator.get();
    }

    /** The deadline of a limit started at {@code start}, with the same-day cut-off in force. */
    public Instant deadline(Instant start, TimeLimit limit) {
        return limit.deadlineFrom(start, calculator(), sameDayCutOff.get());
    }

    /** The working time a limit allows from {@code start} (the working time up to its deadline). */
    public Duration allotment(Instant start, TimeLimit limit) {
        return limit.allotmentFrom(start, calculator(), sameDayCutOff.get());
    }

    /** The earliest instant by which {@code amount} of working time has elapsed since {@code start}. */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        return calculator().plusWorkingHours(start, amount);
    }

    /** The working time between two instants, negative when {@code to} is before {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        return calculator().workingTimeBetween(from, to);
    }

    /** {@link Timeliness#classify} with the calculator in force. */
    public Timeliness classify(Instant start, Instant end, Duration allotment, Duration pausedWorkingTime) {
        return Timeliness.classify(calculator(), start, end, allotment, pausedWorkingTime);
    }
}
