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
 * <p><b>New deadlines only.</b> A rebuilt calculator affects deadlines computed from then on. Deadlines
 * already computed and stored — appointment dates printed on receipt slips, task due dates, timer due
 * dates — are never recomputed when the calendar changes.
 */
@Component
public class CurrentWorkingTime {

    private static final Logger log = LoggerFactory.getLogger(CurrentWorkingTime.class);

    private final CalendarRepository repository;
    private final CalendarFiles files;
    private final WorkingTimeProperties properties;
    private final TransactionTemplate transactions;
    private volatile Snapshot current;

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
        storeAbsentYears(files.read());
        reload();
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
            years.add(properties.excludeUnconfirmedDays() ? stored.year().withoutUnconfirmed() : stored.year());
        }
        current = new Snapshot(Map.copyOf(revisions),
                new WorkingTimeCalculator(new WorkingDayCalendar(years), properties.hours()));
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
    void storeAbsentYears(List<CalendarYear> years) {
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
            } catch (DuplicateKeyException e) {
                log.info("Calendar {} was stored by another node meanwhile", year.year());
            }
        }
    }
}
