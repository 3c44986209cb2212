package vn.motcua.sla.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.sla.calendar.StoredCalendarYear.Origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migrations and the calendar table's SQL on H2 2.x, the database of the developer's demo. */
class CalendarTablesOnH2Test {

    /** An empty in-memory H2 database (default mode, as the dev profile uses), migrated like the application does. */
    static JdbcDataSource migratedH2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .table("motcua_schema_history").load().migrate();
        return dataSource;
    }

    @Test
    void a_year_is_stored_read_back_in_order_and_replaced_with_a_new_revision() {
        CalendarRepository repository = new CalendarRepository(JdbcClient.create(migratedH2("calendar")));
        CalendarYear year = new CalendarYear(2027, List.of(
                new CalendarEntry(LocalDate.of(2027, 2, 8), DayKind.HOLIDAY, "Tết Nguyên đán Đinh Mùi", "BLLĐ 2019",
                        true, "ngày dự kiến"),
                CalendarEntry.of(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "Tết Dương lịch", "BLLĐ 2019")));

        repository.insert(year, Origin.FILE, null);
        assertThatThrownBy(() -> repository.insert(year, Origin.FILE, null)).isInstanceOf(DuplicateKeyException.class);

        StoredCalendarYear stored = repository.find(2027).orElseThrow();
        assertThat(stored.year()).isEqualTo(year);
        assertThat(stored.origin()).isEqualTo(Origin.FILE);
        assertThat(repository.revisions()).isEqualTo(Map.of(2027, 1));

        assertThat(repository.lock(2027)).isTrue();
        assertThat(repository.replace(new CalendarYear(2027, List.of()), "quantri")).isTrue();
        assertThat(repository.find(2027).orElseThrow().year().entries()).isEmpty();
        assertThat(repository.find(2027).orElseThrow().updatedBy()).isEqualTo("quantri");
        assertThat(repository.revisions()).isEqualTo(Map.of(2027, 2));
        assertThat(repository.replace(new CalendarYear(2030, List.of()), "quantri")).isFalse();
    }
}
