package vn.motcua.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.sla.ClockState.Pause;
import vn.motcua.sla.ClockState.State;
import vn.motcua.sla.ProcessDeadlines.Kind;

/** The {@code sla_clock}, {@code sla_clock_pause} and {@code sla_clock_held_deadline} tables. */
@Repository
class ClockRepository {

    /** A deadline put on hold during a pause, with the working time it had left. */
    record HeldDeadline(Kind kind, String id, Instant dueAt, Duration remaining) {
    }

    private static final String COLUMNS = """
            process_instance_id, state, received_at, time_limit, appointment_at, deadline_at,
            extended_appointment_at, extension_reason, extended_at, stopped_at, timeliness, provisional,
            appointment_printed_at""";

    private final JdbcClient jdbc;

    ClockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String processInstanceId) {
        return jdbc.sql("select count(*) from sla_clock where process_instance_id = ?")
                .param(processInstanceId).query(Integer.class).single() > 0;
    }

    void insert(String processInstanceId, Instant receivedAt, TimeLimit limit, Instant appointment, boolean provisional) {
        jdbc.sql("""
                        insert into sla_clock (process_instance_id, state, received_at, time_limit, appointment_at, deadline_at,
                                               provisional)
                        values (?, 'RUNNING', ?, ?, ?, ?, ?)""")
                .params(processInstanceId, utc(receivedAt), limit.notation(), utc(appointment), utc(appointment),
                        provisional)
                .update();
    }

    /** The clocks not stopped yet (running or paused), for a recomputation after a calendar change. */
    List<String> notStopped() {
        return jdbc.sql("select process_instance_id from sla_clock where state <> 'STOPPED' order by process_instance_id")
                .query(String.class).list();
    }

    /** The process instances of the clocks not stopped whose deadline is provisional. */
    List<String> provisional() {
        return jdbc.sql("""
                        select process_instance_id from sla_clock where provisional and state <> 'STOPPED'
                        order by deadline_at""")
                .query(String.class).list();
    }

    /** Records the first issue of the receipt slip; later issues keep the first moment. */
    void markAppointmentPrinted(String processInstanceId, Instant at) {
        jdbc.sql("""
                        update sla_clock set appointment_printed_at = ?
                        where process_instance_id = ? and appointment_printed_at is null""")
                .params(utc(at), processInstanceId).update();
    }

    /** The result of a recomputation after a calendar change. */
    void recomputed(String processInstanceId, Instant appointment, Instant deadline, boolean provisional) {
        jdbc.sql("update sla_clock set appointment_at = ?, deadline_at = ?, provisional = ? where process_instance_id = ?")
                .params(utc(appointment), utc(deadline), provisional, processInstanceId).update();
    }

    void provisional(String processInstanceId, boolean provisional) {
        jdbc.sql("update sla_clock set provisional = ? where process_instance_id = ?")
                .params(provisional, processInstanceId).update();
    }

    Optional<ClockState> find(String processInstanceId) {
        return read(processInstanceId);
    }

    Timeliness timeliness(String processInstanceId) {
        List<String> found = jdbc.sql("select timeliness from sla_clock where process_instance_id = ?")
                .param(processInstanceId).query(String.class).list();
        return found.isEmpty() || found.get(0) == null ? null : Timeliness.valueOf(found.get(0));
    }

    /** Locks the clock's row until the end of the transaction, then reads it: changes of one clock queue up. */
    Optional<ClockState> lock(String processInstanceId) {
        boolean present = jdbc.sql("select process_instance_id from sla_clock where process_instance_id = ? for update")
                .param(processInstanceId).query(String.class).optional().isPresent();
        return present ? find(processInstanceId) : Optional.empty();
    }

    private Optional<ClockState> read(String processInstanceId) {
        List<Pause> pauses = jdbc.sql("""
                        select paused_at, resumed_at, remaining_millis from sla_clock_pause
                        where process_instance_id = ? order by pause_number""")
                .param(processInstanceId)
                .query((rs, row) -> new Pause(instant(rs, "paused_at"), instant(rs, "resumed_at"),
                        Duration.ofMillis(rs.getLong("remaining_millis"))))
                .list();
        return jdbc.sql("select " + COLUMNS + " from sla_clock where process_instance_id = ?")
                .param(processInstanceId)
                .query((rs, row) -> toState(rs, pauses))
                .optional();
    }

    void update(String processInstanceId, State state, Instant deadline) {
        jdbc.sql("update sla_clock set state = ?, deadline_at = ? where process_instance_id = ?")
                .params(state.name(), utc(deadline), processInstanceId).update();
    }

    void extend(String processInstanceId, Instant newAppointment, String reason, Instant at) {
        jdbc.sql("""
                        update sla_clock set extended_appointment_at = ?, extension_reason = ?, extended_at = ?, deadline_at = ?
                        where process_instance_id = ?""")
                .params(utc(newAppointment), reason, utc(at), utc(newAppointment), processInstanceId).update();
    }

    /** When the complex-case limit was applied, if it was. */
    Optional<Instant> complexCaseAt(String processInstanceId) {
        return jdbc.sql("select complex_case_at from sla_clock where process_instance_id = ?").param(processInstanceId)
                .query((rs, row) -> Optional.ofNullable(instant(rs, "complex_case_at"))).optional()
                .flatMap(found -> found);
    }

    /** The complex-case limit as applied, if it was. */
    Optional<ComplexCase> complexCase(String processInstanceId) {
        return jdbc.sql("""
                        select complex_case_at, complex_case_reason, received_at, time_limit, appointment_at from sla_clock
                        where process_instance_id = ? and complex_case_at is not null""")
                .param(processInstanceId)
                .query((rs, row) -> new ComplexCase(instant(rs, "complex_case_at"), rs.getString("complex_case_reason"),
                        instant(rs, "received_at"), TimeLimit.parse(rs.getString("time_limit")),
                        instant(rs, "appointment_at")))
                .optional();
    }

    void applyComplexCase(String processInstanceId, TimeLimit limit, Instant appointment, Instant deadline,
                          String reason, Instant at) {
        jdbc.sql("""
                        update sla_clock set time_limit = ?, appointment_at = ?, deadline_at = ?, complex_case_at = ?,
                                             complex_case_reason = ?
                        where process_instance_id = ?""")
                .params(limit.notation(), utc(appointment), utc(deadline), utc(at), reason, processInstanceId).update();
    }

    void stop(String processInstanceId, Instant at, Timeliness timeliness) {
        jdbc.sql("update sla_clock set state = 'STOPPED', stopped_at = ?, timeliness = ? where process_instance_id = ?")
                .params(utc(at), timeliness.name(), processInstanceId).update();
    }

    void insertPause(String processInstanceId, int number, Instant pausedAt, Duration remaining) {
        jdbc.sql("""
                        insert into sla_clock_pause (process_instance_id, pause_number, paused_at, remaining_millis)
                        values (?, ?, ?, ?)""")
                .params(processInstanceId, number, utc(pausedAt), remaining.toMillis()).update();
    }

    void closePause(String processInstanceId, int number, Instant resumedAt) {
        jdbc.sql("update sla_clock_pause set resumed_at = ? where process_instance_id = ? and pause_number = ?")
                .params(utc(resumedAt), processInstanceId, number).update();
    }

    void insertHeld(String processInstanceId, HeldDeadline held) {
        jdbc.sql("""
                        insert into sla_clock_held_deadline (process_instance_id, holder_kind, holder_id, due_at, remaining_millis)
                        values (?, ?, ?, ?, ?)""")
                .params(processInstanceId, held.kind().name(), held.id(), utc(held.dueAt()), held.remaining().toMillis())
                .update();
    }

    List<HeldDeadline> held(String processInstanceId) {
        return jdbc.sql("""
                        select holder_kind, holder_id, due_at, remaining_millis from sla_clock_held_deadline
                        where process_instance_id = ? order by holder_kind, holder_id""")
                .param(processInstanceId)
                .query((rs, row) -> new HeldDeadline(Kind.valueOf(rs.getString("holder_kind")), rs.getString("holder_id"),
                        instant(rs, "due_at"), Duration.ofMillis(rs.getLong("remaining_millis"))))
                .list();
    }

    void deleteHeld(String processInstanceId) {
        jdbc.sql("delete from sla_clock_held_deadline where process_instance_id = ?").param(processInstanceId).update();
    }

    private static ClockState toState(ResultSet rs, List<Pause> pauses) throws SQLException {
        String timeliness = rs.getString("timeliness");
        return new ClockState(rs.getString("process_instance_id"), State.valueOf(rs.getString("state")),
                instant(rs, "received_at"), TimeLimit.parse(rs.getString("time_limit")),
                instant(rs, "appointment_at"), instant(rs, "deadline_at"), instant(rs, "extended_appointment_at"),
                rs.getString("extension_reason"), instant(rs, "extended_at"), instant(rs, "stopped_at"),
                timeliness == null ? null : Timeliness.valueOf(timeliness), pauses, rs.getBoolean("provisional"),
                instant(rs, "appointment_printed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
