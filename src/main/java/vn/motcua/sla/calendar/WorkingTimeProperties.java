package vn.motcua.sla.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;


/**
 * Settings of deadlines ({@code motcua.sla.*}); every field has a default.
 *
 * @param workingHours            office periods of a working day, default 07:30–11:30 and 13:30–17:30
 *                                (8 working hours = 1 working day), e.g.
 *                                {@code motcua.sla.working-hours[0].start=07:30}
 * @param sameDayCutOff           same-day procedures received after this local time are due the next
 *                                working day; default 15:00
 * @param timeZone                the zone local dates and office hours are read in; only
 *                                Asia/Ho_Chi_Minh is supported (the calculator is built for UTC+7)
 * @param applyUnconfirmedDays    apply calendar entries marked {@code unconfirmed}; default false: such a
 *                                day keeps the weekly rule (a weekday is worked) until an administrator
 *                                confirms it, because counting a day off the law may never grant would
 *                                promise the applicant a later date than the law allows
 * @param calendarRefreshInterval how often a node checks whether another node changed the calendar;
 *                                default one minute
 */
@ConfigurationProperties("motcua.sla")
public record WorkingTimeProperties(List<WorkingHours.Period> workingHours, LocalTime sameDayCutOff, ZoneId timeZone,
                            boolean applyUnconfirmedDays, Duration calendarRefreshInterval) {

    /** Fills in the defaults and refuses settings the calculator cannot honour. */
    public WorkingTimeProperties {
        workingHours = workingHours == null || workingHours.isEmpty()
                ? WorkingHours.defaults().periods() : List.copyOf(workingHours);
        sameDayCutOff = sameDayCutOff == null ? WorkingTimeCalculator.DEFAULT_CUT_OFF : sameDayCutOff;
        timeZone = timeZone == null ? WorkingTimeCalculator.ZONE : timeZone;
        calendarRefreshInterval = calendarRefreshInterval == null ? Duration.ofMinutes(1) : calendarRefreshInterval;
        if (!timeZone.equals(WorkingTimeCalculator.ZONE)) {
            throw new IllegalArgumentException("motcua.sla.time-zone must be " + WorkingTimeCalculator.ZONE
                    + ": working time is computed in Vietnam local time, got " + timeZone);
        }
        WorkingHours hours = new WorkingHours(workingHours);
        if (sameDayCutOff.isAfter(hours.dayEnd())) {
            throw new IllegalArgumentException("motcua.sla.same-day-cut-off " + sameDayCutOff
                    + " is after the end of the working day " + hours.dayEnd());
        }
    }

    /** The defaults: 07:30–11:30 and 13:30–17:30, cut-off 15:00, Asia/Ho_Chi_Minh. */
    public static WorkingTimeProperties defaults() {
        return new WorkingTimeProperties(null, null, null, false, null);
    }

    /** The office hours as the calculator reads them. */
    public WorkingHours hours() {
        return new WorkingHours(workingHours);
    }
}
