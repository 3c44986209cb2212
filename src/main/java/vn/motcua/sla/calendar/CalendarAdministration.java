package vn.motcua.sla.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 */
@Service
public class CalendarAdministration {

    /** The years the API accepts. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final CalendarRepository repository;
    private final CurrentWorkingTime workingTime;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    CalendarAdministration(CalendarRepository repository, CurrentWorkingTime workingTime,
                           PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.repository = repository;
        this.workingTime = workingTime;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
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
        validate(year.year(), year.entries());
        WorkingTimeCalculator before = workingTime.calculator();
        StoredCalendarYear stored;
        try {
            stored = transactions.execute(status -> {
                if (repository.lock(year.year())) {
                    repository.replace(year, editor);
                } else {
                    repository.insert(year, Origin.API, editor);
                }
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

    /** Checks what {@link CalendarYear} cannot: the range of years and dates given twice. */
    static void validate(int year, List<CalendarEntry> entries) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidRequestException("Năm " + year + " nằm ngoài khoảng " + FIRST_YEAR + "–" + LAST_YEAR + ".");
        }
        Set<LocalDate> dates = new HashSet<>();
        for (CalendarEntry entry : entries) {
            if (entry.date().getYear() != year) {
                throw new InvalidRequestException("Ngày " + entry.date() + " không thuộc năm " + year + ".");
            }
            if (!dates.add(entry.date())) {
                throw new InvalidRequestException("Ngày " + entry.date() + " xuất hiện hơn một lần trong lịch năm " + year + ".");
            }
        }
    }
}
