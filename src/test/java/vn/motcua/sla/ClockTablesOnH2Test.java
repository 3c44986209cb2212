package vn.motcua.sla;

import java.time.Duration;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.sla.ClockRepository.HeldDeadline;
import vn.motcua.sla.ClockState.State;
import vn.motcua.sla.ProcessDeadlines.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.OfficialWorkingTime.at;

/** The clock tables' SQL on H2 2.x, the database of the developer's demo. */
class ClockTablesOnH2Test {

    @Test
    void a_clock_with_its_pauses_held_deadlines_extension_and_stop_round_trips() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:clock;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .table("motcua_schema_history").load().migrate();
        ClockRepository clocks = new ClockRepository(JdbcClient.create(dataSource));

        clocks.insert("pi-1", at("2026-03-02 09:00"), TimeLimit.sameDay(), at("2026-03-02 17:30"), false);
        assertThat(clocks.exists("pi-1")).isTrue();
        clocks.insertPause("pi-1", 1, at("2026-03-02 10:00"), Duration.ofMinutes(-30));
        clocks.insertHeld("pi-1", new HeldDeadline(Kind.TIMER, "job-1", at("2026-03-02 17:30"), Duration.ofHours(6)));
        clocks.update("pi-1", State.PAUSED, at("2026-03-02 17:30"));

        ClockState paused = clocks.lock("pi-1").orElseThrow();
        assertThat(paused.state()).isEqualTo(State.PAUSED);
        assertThat(paused.timeLimit()).isEqualTo(TimeLimit.sameDay());
        assertThat(paused.openPause()).hasValueSatisfying(pause -> assertThat(pause.remaining()).isEqualTo(Duration.ofMinutes(-30)));
        assertThat(clocks.held("pi-1")).containsExactly(
                new HeldDeadline(Kind.TIMER, "job-1", at("2026-03-02 17:30"), Duration.ofHours(6)));

        clocks.closePause("pi-1", 1, at("2026-03-03 08:00"));
        clocks.deleteHeld("pi-1");
        clocks.extend("pi-1", at("2026-03-05 17:30"), "Xác minh", at("2026-03-03 09:00"));
        clocks.stop("pi-1", at("2026-03-04 10:00"), Timeliness.LATE);

        ClockState stopped = clocks.find("pi-1").orElseThrow();
        assertThat(stopped.state()).isEqualTo(State.STOPPED);
        assertThat(stopped.deadline()).isEqualTo(at("2026-03-05 17:30"));
        assertThat(stopped.extendedAppointment()).isEqualTo(at("2026-03-05 17:30"));
        assertThat(stopped.appointment()).isEqualTo(at("2026-03-02 17:30"));
        assertThat(stopped.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(stopped.pauses()).extracting(ClockState.Pause::resumedAt).containsExactly(at("2026-03-03 08:00"));
        assertThat(clocks.held("pi-1")).isEqualTo(List.of());
    }
}
