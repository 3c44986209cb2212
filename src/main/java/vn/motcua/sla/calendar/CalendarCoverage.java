package vn.motcua.sla.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether next year's official calendar is loaded in time. The Ministry of Home Affairs publishes the
 * yearly holiday notice in the autumn; from 1 October (Vietnam time) until next year's calendar is stored,
 * supervisors see a warning on their dashboard, the log gets a WARN line once a day, and the Actuator
 * health shows the gap as a detail (status stays UP: the application works, deadlines in that year
 * would only be provisional).
 */
@Component("calendarCoverage")
public class CalendarCoverage extends AbstractHealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(CalendarCoverage.class);

    private final CurrentWorkingTime workingTime;
    private final Clock clock;

    CalendarCoverage(CurrentWorkingTime workingTime, ObjectProvider<Clock> clock) {
        super("Cannot check the working-day calendar");
        this.workingTime = workingTime;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The supervisors' warning for today, if next year's calendar is missing and it is October or later. */
    public Optional<String> nextYearWarning() {
        return nextYearWarning(today());
    }

    /** The supervisors' warning on a given Vietnam local date, with the calendar in force. */
    public Optional<String> nextYearWarning(LocalDate today) {
        return warningOn(today, workingTime.calculator().calendar());
    }

    /**
     * The warning due on a day: from 1 October, when the calendar of the following year is not loaded.
     *
     * @param today    the Vietnam local date
     * @param calendar the calendar in force
     */
    static Optional<String> warningOn(LocalDate today, WorkingDayCalendar calendar) {
        int next = today.getYear() + 1;
        if (today.getMonth().compareTo(Month.OCTOBER) < 0 || calendar.isLoaded(next)) {
            return Optional.empty();
        }
        return Optional.of("Chưa có lịch làm việc năm " + next + ". Từ ngày 01/01/" + next + " hạn giải quyết hồ sơ sẽ"
                + " được tính tạm (chỉ trừ thứ Bảy, Chủ nhật và các ngày lễ dương lịch cố định; chưa trừ Tết Nguyên đán,"
                + " Giỗ Tổ Hùng Vương). Đề nghị quản trị viên nạp lịch năm " + next
                + " theo thông báo chính thức về lịch nghỉ lễ, Tết của cán bộ, công chức, viên chức.");
    }

    /** The WARN line, once a day at 08:00 Vietnam time, while the warning is due. */
    @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Ho_Chi_Minh")
    void logDaily() {
        nextYearWarning().ifPresent(warning -> log.warn("Working-day calendar of {} is missing: deadlines in that year "
                + "will be provisional; store it with PUT /api/sla/calendar/{}", today().getYear() + 1,
                today().getYear() + 1));
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        LocalDate today = today();
        int next = today.getYear() + 1;
        WorkingDayCalendar calendar = workingTime.calculator().calendar();
        builder.up()
                .withDetail("loadedYears", calendar.loadedYears())
                .withDetail("nextYear", next)
                .withDetail("nextYearLoaded", calendar.isLoaded(next));
        warningOn(today, calendar).ifPresent(warning -> builder.withDetail("warning",
                "calendar of " + next + " missing: deadlines in " + next + " will be provisional"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingTimeCalculator.ZONE));
    }
}
