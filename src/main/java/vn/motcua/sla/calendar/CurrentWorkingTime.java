package vn.motcua.sla.calendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.sla.calendar.StoredCalendarYear.Origin;

/**
 * The working-time calculator in force: the calendar years held in the database with the office hours
 * of {@link WorkingTimeProperties}. {@link #calculator()} is a field read, so a due-date computation stays a
 * few array lookups; the calculator is rebuilt only when the calendar changes — at once on the node
 * that made the change ({@link CalendarAdministration}), within
 * {@code motcua.sla.calendar-refresh-interval} on the other nodes, which compare revisions.
 *
 * <p>At start-up every calendar file ({@code processes/calendar/*.yaml}) whose year is absent from the
 * database is stored; a year already present is never overwritten, so edits made through the API
 * survive restarts and new releases (a file that differs from the stored year is only reported).
 *
 * <p><b>Years without a file</b> between the loaded ones and for {@value #PROVISIONAL_YEARS} years after the
 * last one run provisionally on the statute's fixed solar-date holidays ({@link StatutoryHolidays}).
 * Entries marked {@code unconfirmed} are left out (the day keeps the weekly rule) unless
 * {@code motcua.sla.apply-unconfirmed-days} is set.
 *
 * <p><b>Stored deadlines.</b> A rebuilt calculator applies to deadlines computed from then on; the
 * running dossiers are recomputed by the SLA clock when this node made the change ({@link CalendarChanged}).
 */
@Component
public class CurrentWorkingTime {

    private static final Logger log = LoggerFactory.getLogger(CurrentWorkingTime.class);

    /** How many years after the last loaded one run provisionally. */
    static final int PROVISIONAL_YEARS = 10;

    private final CalendarRepository repository;
    private final CalendarFiles files;
    private final WorkingTimeProperties properties;
    private final TransactionTemplate transactions;
    private volatile Snapshot current;
    private CalendarChanged startupChange;

    private record Snapshot(Map<Integer, Integer> revisions, WorkingTimeCalculator calculator) {
    }

    CurrentWorkingTime(CalendarRepository repository, CalendarFiles files, WorkingTimeProperties properties,
                       PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.files = files;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @PostConstruct
    void start() {
        reload();
        WorkingTimeCalculator before = calculator();
        if (storeAbsentYears(files.read()) > 0) {
            reload();
            startupChange = new CalendarChanged(before, calculator());
        }
    }

    /**
     * The change made at start-up by storing calendar files of new years, once: the SLA clock recomputes
     * the running dossiers when the application is ready.
     */
    public synchronized Optional<CalendarChanged> takeStartupChange() {
        Optional<CalendarChanged> change = Optional.ofNullable(startupChange);
        startupChange = null;
        return change;
    }

    /** The calculator built from the calendar as it was last loaded. Thread-safe, never blocks. */
    public WorkingTimeCalculator calculator() {
        return current.calculator();
    }

    /** Rebuilds the calculator from the database. */
    public synchronized void reload() {
        Map<Integer, Integer> revisions = new LinkedHashMap<>();
        List<CalendarYear> years = new ArrayList<>();
        for (StoredCalendarYear stored : repository.findAll()) {
            revisions.put(stored.year().year(), stored.revision());
            years.add(properties.applyUnconfirmedDays() ? stored.year() : stored.year().withoutUnconfirmed());
        }
        List<CalendarYear> provisional = new ArrayList<>();
        if (!revisions.isEmpty()) {
            int first = years.stream().mapToInt(CalendarYear::year).min().orElseThrow();
            int last = years.stream().mapToInt(CalendarYear::year).max().orElseThrow();
            for (int year = first + 1; year <= last + PROVISIONAL_YEARS; year++) {
                if (!revisions.containsKey(year)) {
                    provisional.add(StatutoryHolidays.provisionalYear(year));
                }
            }
        }
        current = new Snapshot(Map.copyOf(revisions),
                new WorkingTimeCalculator(new WorkingDayCalendar(years, provisional), properties.hours()));
        log.info("Working-day calendar loaded: years {} (revisions {}), office hours {}", revisions.keySet(),
                revisions.values(), properties.hours().periods());
    }

    /** Rebuilds the calculator if any year was added or changed since it was built, e.g. by another node. */
    public void reloadIfChanged() {
        if (!repository.revisions().equals(current.revisions())) {
            reload();
        }
    }

    @Scheduled(fixedDelayString = "${motcua.sla.calendar-refresh-interval:PT1M}",
            initialDelayString = "${motcua.sla.calendar-refresh-interval:PT1M}")
    void refresh() {
        try {
            reloadIfChanged();
        } catch (DataAccessException e) {
            log.warn("Cannot check the working-day calendar for changes; keeping the loaded one", e);
        }
    }

    /** Stores each given year that the database does not hold; years present are left as they are. */
    int storeAbsentYears(List<CalendarYear> years) {
        int storedYears = 0;
        for (CalendarYear year : years) {
            Optional<StoredCalendarYear> stored = repository.find(year.year());
            if (stored.isPresent()) {
                if (!stored.get().year().equals(year)) {
                    log.warn("Calendar file of {} differs from the calendar stored in the database ({} revision {}); "
                            + "the database is kept — change it through PUT /api/sla/calendar/{}", year.year(),
                            stored.get().origin(), stored.get().revision(), year.year());
                }
                continue;
            }
            try {
                transactions.executeWithoutResult(status -> repository.insert(year, Origin.FILE, null));
                log.info("Calendar {} stored from its file ({} entries)", year.year(), year.entries().size());
                storedYears++;
            } catch (DuplicateKeyException e) {
                log.info("Calendar {} was stored by another node meanwhile", year.year());
            }
        }
        return storedYears;
    }
}
