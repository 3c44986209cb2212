package vn.motcua.sla.calendar;

import java.time.LocalTime;
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
 * of {@link WorkingTimeProperties}, and the same-day cut-off in force (the one an administrator stored,
 * else {@code motcua.sla.same-day-cut-off}). {@link #calculator()} is a field read, so a due-date computation stays a
 * few array lookups; the calculator is rebuilt only when the calendar changes — at once on the node
 * that made the change ({@link CalendarAdministration}, {@link ReceptionCutOff}), within
 * {@code motcua.sla.calendar-refresh-interval} on the other nodes, which compare revisions and the stored
 * cut-off.
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
    private final SlaSettingRepository settings;
    private final CalendarFiles files;
    private final WorkingTimeProperties properties;
    private final TransactionTemplate transactions;
    private volatile Snapshot current;
    private CalendarChanged startupChange;

    private record Snapshot(Map<Integer, Integer> revisions, WorkingTimeCalculator calculator,
                            Optional<LocalTime> storedCutOff, LocalTime cutOff) {
    }

    CurrentWorkingTime(CalendarRepository repository, SlaSettingRepository settings, CalendarFiles files,
                       WorkingTimeProperties properties, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.settings = settings;
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

    /**
     * The same-day cut-off in force: a dossier of a same-day procedure received after it on a working day
     * is due the next working day.
     */
    public LocalTime sameDayCutOff() {
        return current.cutOff();
    }

    /** The office hours of a working day. */
    public WorkingHours hours() {
        return properties.hours();
    }

    /** The cut-off of {@code motcua.sla.same-day-cut-off}, in force while no administrator stored one. */
    public LocalTime defaultCutOff() {
        return properties.sameDayCutOff();
    }

    /** Rebuilds the calculator and reads the cut-off from the database. */
    public synchronized void reload() {
        Map<Integer, Integer> revisions = new LinkedHashMap<>();
        List<StoredCalendarYear> stored = repository.findAll();
        stored.forEach(year -> revisions.put(year.year().year(), year.revision()));
        Optional<LocalTime> storedCutOff = settings.cutOff().map(SlaSettingRepository.StoredCutOff::cutOff);
        // a cut-off stored under longer office hours than configured now cannot be honoured: the default applies
        LocalTime cutOff = storedCutOff.filter(time -> !time.isAfter(properties.hours().dayEnd()))
                .orElse(properties.sameDayCutOff());
        if (storedCutOff.isPresent() && !storedCutOff.get().equals(cutOff)) {
            log.warn("Stored same-day cut-off {} is after the end of the working day {}; {} applies",
                    storedCutOff.get(), properties.hours().dayEnd(), cutOff);
        }
        current = new Snapshot(Map.copyOf(revisions), build(stored.stream().map(StoredCalendarYear::year).toList()),
                storedCutOff, cutOff);
        log.info("Working-day calendar loaded: years {} (revisions {}), office hours {}, same-day cut-off {}",
                revisions.keySet(), revisions.values(), properties.hours().periods(), current.cutOff());
    }

    /**
     * The calculator the calendar would give if {@code replacement} replaced (or added) its year — what a
     * change would do, computed without storing anything.
     */
    public WorkingTimeCalculator calculatorWith(CalendarYear replacement) {
        List<CalendarYear> years = new ArrayList<>(repository.findAll().stream().map(StoredCalendarYear::year)
                .filter(year -> year.year() != replacement.year()).toList());
        years.add(replacement);
        return build(years);
    }

    /** The calculator of these stored years; years without data around them run provisionally. */
    private WorkingTimeCalculator build(List<CalendarYear> stored) {
        List<CalendarYear> years = stored.stream()
                .map(year -> properties.applyUnconfirmedDays() ? year : year.withoutUnconfirmed()).toList();
        List<Integer> loaded = years.stream().map(CalendarYear::year).toList();
        List<CalendarYear> provisional = new ArrayList<>();
        if (!loaded.isEmpty()) {
            int first = loaded.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int last = loaded.stream().mapToInt(Integer::intValue).max().orElseThrow();
            for (int year = first + 1; year <= last + PROVISIONAL_YEARS; year++) {
                if (!loaded.contains(year)) {
                    provisional.add(StatutoryHolidays.provisionalYear(year));
                }
            }
        }
        return new WorkingTimeCalculator(new WorkingDayCalendar(years, provisional), properties.hours());
    }

    /**
     * Rebuilds the calculator if any year was added or changed since it was built, or the stored cut-off
     * changed, e.g. by another node.
     */
    public void reloadIfChanged() {
        if (!repository.revisions().equals(current.revisions())
                || !settings.cutOff().map(SlaSettingRepository.StoredCutOff::cutOff).equals(current.storedCutOff())) {
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
