package vn.motcua.sla.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.calendar.OfficialCalendars.at;
import static vn.motcua.sla.calendar.OfficialCalendars.local;

/**
 * The calculator the application runs with ({@link CurrentWorkingTime}): the shipped 2025 and 2026 files
 * stored in a fresh database, with the default settings.
 */
class CalendarInForceTest {

    private static int databases;

    private static JdbcDataSource database() {
        return CalendarTablesOnH2Test.migratedH2("in-force-" + ++databases);
    }

    private static CurrentWorkingTime started(JdbcDataSource dataSource) {
        CurrentWorkingTime workingTime = new CurrentWorkingTime(new CalendarRepository(JdbcClient.create(dataSource)),
                new SlaSettingRepository(JdbcClient.create(dataSource)), new CalendarFiles(), WorkingTimeProperties.defaults(), new DataSourceTransactionManager(dataSource));
        workingTime.start();
        return workingTime;
    }

    @Test
    void a_deadline_in_2027_without_a_file_skips_the_fixed_holidays_of_article_112_and_is_provisional() {
        WorkingTimeCalculator calculator = started(database()).calculator();

        // received online Sunday 20/12/2026, 15 working days: 9 left in December, then Friday 1 January is
        // New Year's Day (Art. 112(1)(a)), so the 15th working day is Monday 11/01/2027, not Friday 08/01
        assertThat(local(calculator.plusWorkingDays(at("2026-12-20 10:00"), 15))).isEqualTo("2027-01-11T17:30");
        assertThat(calculator.calendar().isLoaded(2027)).isFalse();
        assertThat(calculator.calendar().isProvisional(2027)).isTrue();
        assertThat(calculator.calendar().isProvisional(2026)).isFalse();
        assertThat(calculator.calendar().isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        // 30/4 (Friday) and 2/9 (Thursday) are off; Tết and Hùng Kings' day are lunar, unknown, so worked
        assertThat(calculator.calendar().isWorkingDay(LocalDate.of(2027, 4, 30))).isFalse();
        assertThat(calculator.calendar().isWorkingDay(LocalDate.of(2027, 9, 2))).isFalse();
        assertThat(calculator.calendar().isWorkingDay(LocalDate.of(2027, 2, 8))).isTrue();
        assertThat(calculator.calendar().entryOn(LocalDate.of(2027, 5, 1))).get()
                .satisfies(entry -> assertThat(entry.source()).contains("Điều 112"));
    }

    @Test
    void the_unconfirmed_culture_day_24_november_2026_is_a_working_day_until_an_administrator_confirms_it() {
        JdbcDataSource dataSource = database();
        CurrentWorkingTime workingTime = started(dataSource);
        assertThat(workingTime.calculator().calendar().isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();
        // Monday 23/11 09:00 + 1 working day = Tuesday 24/11 09:00
        assertThat(local(workingTime.calculator().plusWorkingDays(at("2026-11-23 09:00"), 1)))
                .isEqualTo("2026-11-24T09:00");

        List<CalendarEntry> confirmed = OfficialCalendars.YEAR_2026.entries().stream()
                .map(entry -> entry.unconfirmed()
                        ? new CalendarEntry(entry.date(), entry.kind(), entry.name(), entry.source(), false, null)
                        : entry)
                .toList();
        new CalendarRepository(JdbcClient.create(dataSource)).replace(new CalendarYear(2026, confirmed), "quantri");
        workingTime.reload();

        assertThat(workingTime.calculator().calendar().isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(local(workingTime.calculator().plusWorkingDays(at("2026-11-23 09:00"), 1)))
                .isEqualTo("2026-11-25T09:00");
    }

    @Test
    void a_stored_cut_off_of_16_00_is_in_force_after_a_reload_and_one_after_the_working_day_falls_back_to_15_00() {
        JdbcDataSource dataSource = database();
        CurrentWorkingTime workingTime = started(dataSource);
        SlaSettingRepository settings = new SlaSettingRepository(JdbcClient.create(dataSource));
        assertThat(workingTime.sameDayCutOff()).isEqualTo(LocalTime.of(15, 0));

        settings.storeCutOff(LocalTime.of(16, 0), "quantri", Instant.now());
        workingTime.reloadIfChanged();
        assertThat(workingTime.sameDayCutOff()).isEqualTo(LocalTime.of(16, 0));

        // stored under longer office hours than the configured ones (ending 17:30): cannot be honoured
        settings.storeCutOff(LocalTime.of(18, 0), "quantri", Instant.now());
        workingTime.reloadIfChanged();
        assertThat(workingTime.sameDayCutOff()).isEqualTo(LocalTime.of(15, 0));
    }
}
