package vn.motcua.sla.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.platform.web.InvalidRequestException;
import vn.motcua.sla.calendar.StoredCalendarYear.Origin;

/**
 * Reading and replacing the working-day calendar of a year (the data behind {@code /api/sla/calendar}).
 *
 * <p>A replacement takes effect for deadlines computed after it: the calculator of this node is
 * rebuilt as soon as the change is committed, other nodes follow within the refresh interval
 * ({@link CurrentWorkingTime}). This node then publishes {@link CalendarChanged}, on which the SLA clock
 * recomputes the running dossiers (task due dates, SLA timers, the deadline in force) — except an
 * appointment already printed on a receipt slip, a promise made to the applicant that keeps its value.
 * Confirming an unconfirmed day is such a replacement (the same day with {@code unconfirmed: false}).
 *
 * <p>Before saving, an administrator sees what a replacement would change ({@link #preview}): the days
 * added, removed and changed, and how many running dossiers would get another deadline. Every replacement is
 * recorded in the audit trail with who, when and that summary.
 */
@Service
public class CalendarAdministration {

    /** The years the API accepts. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CalendarRepository repository;
    private final CurrentWorkingTime workingTime;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    // implemented by the SLA clock's recomputation, which itself is built on the calendar: looked up when used
    private final ObjectProvider<DeadlineImpact> impact;

    CalendarAdministration(CalendarRepository repository, CurrentWorkingTime workingTime,
                           PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
                           AuditTrail audit, ObjectProvider<DeadlineImpact> impact) {
        this.repository = repository;
        this.workingTime = workingTime;
        this.events = events;
        this.audit = audit;
        this.impact = impact;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * A year as the administration page lists it.
     *
     * @param stored          whether the database holds the year's official calendar
     * @param provisional     no official calendar: deadlines in the year count only weekends and fixed holidays
     * @param unconfirmedDays entries not yet checked against their notice (worked until confirmed)
     */
    public record YearStatus(int year, boolean stored, boolean provisional, StoredCalendarYear.Origin origin,
                             int revision, String updatedBy, Instant updatedAt, int days, int unconfirmedDays) {
    }

    /** A day whose entry a replacement changes. */
    public record ChangedDay(CalendarEntry before, CalendarEntry after) {
    }

    /**
     * What replacing a year would change.
     *
     * @param dossiersMoved running dossiers whose deadline or appointment the recomputation would move
     */
    public record Preview(int year, List<CalendarEntry> added, List<CalendarEntry> removed, List<ChangedDay> changed,
                          int dossiersMoved) {

        /** One line for the audit trail. */
        public String summary() {
            return "Lịch năm " + year + ": thêm " + added.size() + " ngày" + dates(added)
                    + ", bỏ " + removed.size() + " ngày" + dates(removed)
                    + ", sửa " + changed.size() + " ngày" + dates(changed.stream().map(ChangedDay::after).toList())
                    + "; " + dossiersMoved + " hồ sơ đang giải quyết đổi hạn";
        }

        private static String dates(List<CalendarEntry> entries) {
            return entries.isEmpty() ? "" : entries.stream()
                    .map(entry -> SHOWN.format(entry.date()) + " " + entry.name() + " (" + entry.source() + ")")
                    .collect(Collectors.joining("; ", " (", ")"));
        }
    }

    /** The stored years, and this year and the next when absent (they run provisionally), in order. */
    public List<YearStatus> overview(int currentYear) {
        Map<Integer, YearStatus> years = new LinkedHashMap<>();
        for (StoredCalendarYear stored : repository.findAll()) {
            int unconfirmed = (int) stored.year().entries().stream().filter(CalendarEntry::unconfirmed).count();
            years.put(stored.year().year(), new YearStatus(stored.year().year(), true, false, stored.origin(),
                    stored.revision(), stored.updatedBy(), stored.updatedAt(), stored.year().entries().size(), unconfirmed));
        }
        for (int year : List.of(currentYear, currentYear + 1)) {
            years.putIfAbsent(year, new YearStatus(year, false, true, null, 0, null, null, 0, 0));
        }
        return new TreeSet<>(years.keySet()).stream().map(years::get).toList();
    }

    /**
     * What replacing the year with {@code proposed} would change, without storing anything: the days added,
     * removed and changed, and how many running dossiers the recomputation would move.
     *
     * @throws InvalidRequestException on the same grounds as {@link #replace}
     */
    public Preview preview(CalendarYear proposed) {
        validate(proposed.year(), proposed.entries());
        Map<LocalDate, CalendarEntry> before = new LinkedHashMap<>();
        repository.find(proposed.year()).ifPresent(stored -> stored.year().entries()
                .forEach(entry -> before.put(entry.date(), entry)));
        List<CalendarEntry> added = new ArrayList<>();
        List<ChangedDay> changed = new ArrayList<>();
        Set<LocalDate> kept = new HashSet<>();
        for (CalendarEntry entry : proposed.entries()) {
            CalendarEntry old = before.get(entry.date());
            if (old == null) {
                added.add(entry);
            } else {
                kept.add(entry.date());
                if (!old.equals(entry)) {
                    changed.add(new ChangedDay(old, entry));
                }
            }
        }
        List<CalendarEntry> removed = before.values().stream().filter(entry -> !kept.contains(entry.date())).toList();
        CalendarChanged change = new CalendarChanged(workingTime.calculator(), workingTime.calculatorWith(proposed));
        int moved = impact.getObject().dossiersMoved(change);
        return new Preview(proposed.year(), sorted(added), sorted(removed), changed, moved);
    }

    private static List<CalendarEntry> sorted(List<CalendarEntry> entries) {
        return entries.stream().sorted(Comparator.comparing(CalendarEntry::date)).toList();
    }

    /** The stored calendar of a year, if the database holds it. */
    public Optional<StoredCalendarYear> year(int year) {
        return repository.find(year);
    }

    /**
     * Replaces every entry of a year (or stores the year when it is new) and rebuilds the calculator.
     *
     * @param year   the complete data of the year, in application order
     * @param editor the administrator's user name, kept with the year
     * @return the year as stored, with its new revision
     * @throws InvalidRequestException when the year is out of range, an entry lies in another year or a
     *                                 date is given twice
     * @throws ConflictException       when someone else stored the same new year at the same moment
     */
    public StoredCalendarYear replace(CalendarYear year, String editor) {
        return replace(year, editor, null);
    }

    /**
     * {@link #replace(CalendarYear, String)}, recording the change in the audit trail with what it changed.
     *
     * @param remoteAddress where the administrator's request came from, for the audit trail
     */
    public StoredCalendarYear replace(CalendarYear year, String editor, String remoteAddress) {
        Preview preview = preview(year);
        WorkingTimeCalculator before = workingTime.calculator();
        StoredCalendarYear stored;
        try {
            stored = transactions.execute(status -> {
                if (repository.lock(year.year())) {
                    repository.replace(year, editor);
                } else {
                    repository.insert(year, Origin.API, editor);
                }
                audit.record(Instant.now(), editor, AuditAction.CALENDAR_CHANGED, "Lịch làm việc năm " + year.year(),
                        preview.summary(), remoteAddress);
                return repository.find(year.year()).orElseThrow();
            });
        } catch (DuplicateKeyException e) {
            // another administrator or node stored the same new year at the same moment
            throw new ConflictException("Lịch làm việc năm " + year.year()
                    + " vừa được lưu bởi người khác; hãy tải lại và thử lại.");
        }
        workingTime.reload();
        events.publishEvent(new CalendarChanged(before, workingTime.calculator()));
        return stored;
    }

    /**
     * Checks what {@link CalendarYear} cannot: the range of years, dates outside the year or given twice, and
     * make-up working days that are no weekend day (a weekday is worked anyway).
     */
    static void validate(int year, List<CalendarEntry> entries) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidRequestException("Năm " + year + " nằm ngoài khoảng " + FIRST_YEAR + "–" + LAST_YEAR + ".");
        }
        Set<LocalDate> dates = new HashSet<>();
        for (CalendarEntry entry : entries) {
            String date = SHOWN.format(entry.date());
            if (entry.date().getYear() != year) {
                throw new InvalidRequestException("Ngày " + date + " không thuộc năm " + year + ".");
            }
            if (!dates.add(entry.date())) {
                throw new InvalidRequestException("Ngày " + date + " đã có trong danh sách: mỗi ngày chỉ ghi một lần"
                        + " (ngày xuất hiện hơn một lần trong lịch năm " + year + ").");
            }
            if (entry.kind() == DayKind.MAKEUP_WORKING_DAY && entry.date().getDayOfWeek() != DayOfWeek.SATURDAY
                    && entry.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new InvalidRequestException("Ngày làm bù " + date + " không phải thứ Bảy hoặc Chủ nhật:"
                        + " ngày làm bù phải là ngày nghỉ hằng tuần được chuyển thành ngày làm việc.");
            }
        }
    }
}
