package vn.motcua.sla.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The calendar files shipped with the application: {@code processes/calendar/*.yaml} on the classpath. */
@Component
class CalendarFiles {

    static final String LOCATION = "classpath*:processes/calendar/*.yaml";

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final CalendarYamlReader reader = new CalendarYamlReader();

    /** Every file, read and checked, by year ascending. */
    List<CalendarYear> read() {
        List<CalendarYear> years = new ArrayList<>();
        try {
            for (Resource resource : resolver.getResources(LOCATION)) {
                try (InputStream in = resource.getInputStream()) {
                    years.add(reader.read(in));
                } catch (InvalidCalendarDataException e) {
                    throw new InvalidCalendarDataException(resource.getDescription() + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the calendar files " + LOCATION, e);
        }
        years.sort(Comparator.comparingInt(CalendarYear::year));
        return years;
    }
}
