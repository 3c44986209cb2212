package vn.motcua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Procedure;
import vn.motcua.sla.calendar.CalendarYamlReader;
import vn.motcua.sla.calendar.CalendarYear;
import vn.motcua.sla.calendar.WorkingDayCalendar;
import vn.motcua.sla.calendar.WorkingHours;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/** Receipt deadlines in working time, from the calendars under {@code processes/calendar/}. */
@Component
class WorkingTimeReceiptDeadlines implements ReceiptDeadlines {

    private static final Duration ONE_WORKING_DAY = Duration.ofHours(8);

    private final WorkingTimeCalculator calculator;

    WorkingTimeReceiptDeadlines() {
        List<CalendarYear> years = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:processes/calendar/*.yaml")) {
                try (InputStream in = resource.getInputStream()) {
                    years.add(new CalendarYamlReader().read(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the working-day calendars", e);
        }
        this.calculator = new WorkingTimeCalculator(new WorkingDayCalendar(years), WorkingHours.defaults());
    }

    @Override
    public Deadlines atReceipt(Instant receivedAt, Procedure.TimeLimit limit) {
        Instant appointment;
        if (limit.sameDay()) {
            appointment = limit.cutOff() == null ? calculator.sameDayDeadline(receivedAt)
                    : calculator.sameDayDeadline(receivedAt, limit.cutOff());
        } else if (limit.workingHours() != null) {
            appointment = calculator.plusWorkingHours(receivedAt, Duration.ofHours(limit.workingHours()));
        } else {
            appointment = calculator.plusWorkingDays(receivedAt, limit.workingDays());
        }
        Instant start = calculator.nextWorkingMoment(receivedAt);
        Duration total = calculator.workingTimeBetween(start, appointment);
        Duration lead = total.compareTo(ONE_WORKING_DAY.multipliedBy(2)) >= 0 ? ONE_WORKING_DAY : total.dividedBy(2);
        return new Deadlines(appointment, calculator.plusWorkingHours(start, total.minus(lead)));
    }
}
