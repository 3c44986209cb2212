package vn.motcua.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Role;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * Three test communes of their own (so that other tests' dossiers never change the figures), their
 * supervisors, and read-model rows placed in March 2024 and now.
 */
final class MonitoringSeed {

    static final String PASSWORD = "test-password";
    static final String COMMUNE_A = "990.01.00.H99";
    static final String CENTER_A = "990.01.01.H99";
    static final String COMMUNE_B = "990.02.00.H99";
    static final String CENTER_B = "990.02.01.H99";
    static final String SUPERVISOR_A = "giamsat.thu.a";
    static final String SUPERVISOR_B = "giamsat.thu.b";
    static final String COMMUNE_C = "990.03.00.H99";
    static final String CENTER_C = "990.03.01.H99";
    static final String LEADER_C = "lanhdao.thu.c";
    static final String RISKY_STEP = "Task_MonitoringRisk";

    /** One seeded dossier, as the test reasons about it. */
    record Seeded(String id, String receivingUnit, String channel, int status, Instant receivedAt, Instant appointmentAt,
                  Instant finishedAt, Instant returnedAt, String timeliness, boolean paused, boolean extended,
                  int supplements, boolean digitized) {

        boolean open() {
            return finishedAt == null && status != 3 && status != 8;
        }
    }

    private MonitoringSeed() {
    }

    static void organization(OrganizationService organization) {
        if (organization.unit(CENTER_C).isPresent()) {
            return;
        }
        organization.saveUnit(new Unit(COMMUNE_A, "Ủy ban nhân dân xã Thử Nghiệm A", UnitKind.COMMUNE, "000.00.00.H99"));
        organization.saveUnit(new Unit(CENTER_A, "Trung tâm PVHCC xã Thử Nghiệm A", UnitKind.SERVICE_CENTER, COMMUNE_A));
        organization.saveUnit(new Unit(COMMUNE_B, "Ủy ban nhân dân xã Thử Nghiệm B", UnitKind.COMMUNE, "000.00.00.H99"));
        organization.saveUnit(new Unit(CENTER_B, "Trung tâm PVHCC xã Thử Nghiệm B", UnitKind.SERVICE_CENTER, COMMUNE_B));
        organization.saveOfficer(SUPERVISOR_A, "Giám Sát A", CENTER_A, Set.of(Role.SUPERVISOR), null, PASSWORD);
        organization.saveOfficer(SUPERVISOR_B, "Giám Sát B", CENTER_B, Set.of(Role.SUPERVISOR), null, PASSWORD);
        organization.saveUnit(new Unit(COMMUNE_C, "Ủy ban nhân dân xã Thử Nghiệm C", UnitKind.COMMUNE, "000.00.00.H99"));
        organization.saveUnit(new Unit(CENTER_C, "Trung tâm PVHCC xã Thử Nghiệm C", UnitKind.SERVICE_CENTER, COMMUNE_C));
        organization.saveOfficer(LEADER_C, "Lãnh Đạo C", COMMUNE_C, Set.of(Role.LEADER), null, PASSWORD);
    }

    static Instant march(int day, int hour) {
        return LocalDateTime.of(2024, 3, day, hour, 0).atZone(WorkingTimeCalculator.ZONE).toInstant();
    }

    static Instant april(int day, int hour) {
        return LocalDateTime.of(2024, 4, day, hour, 0).atZone(WorkingTimeCalculator.ZONE).toInstant();
    }

    /** The March 2024 data set of commune A's center (and one dossier of commune B). */
    static List<Seeded> march2024(String prefix) {
        return List.of(
                // received in February, resolved on time in March, returned: carried over
                new Seeded(prefix + "-1", CENTER_A, "COUNTER", 10, Instant.parse("2024-02-20T02:00:00Z"),
                        march(4, 17), march(5, 9), march(6, 9), "ON_TIME", false, false, 0, false),
                new Seeded(prefix + "-2", CENTER_A, "COUNTER", 10, march(4, 8), march(8, 17), march(5, 9), march(5, 10),
                        "EARLY", false, false, 0, true),
                // paused for a supplement, then resumed, resolved on time
                new Seeded(prefix + "-3", CENTER_A, "ONLINE", 10, march(5, 8), march(12, 17), march(12, 10),
                        march(13, 9), "ON_TIME", false, false, 1, true),
                // extended once, still late; result ready, not collected
                new Seeded(prefix + "-4", CENTER_A, "POST", 9, march(6, 8), march(15, 17), march(20, 9), null,
                        "LATE", false, true, 0, false),
                // resolved late and returned late (in April)
                new Seeded(prefix + "-5", CENTER_A, "COUNTER", 10, march(7, 8), march(8, 17), march(10, 9),
                        april(2, 9), "LATE", false, false, 0, false),
                // open: overdue since March
                new Seeded(prefix + "-6", CENTER_A, "ONLINE", 4, march(25, 8), march(28, 17), null, null, null, false,
                        false, 0, true),
                // open, paused for a supplement
                new Seeded(prefix + "-7", CENTER_A, "COUNTER", 5, march(28, 8), march(29, 17), null, null, null, true,
                        false, 1, false),
                // received in March, result in April
                new Seeded(prefix + "-8", CENTER_A, "ONLINE", 10, march(29, 8), april(5, 17), april(3, 9), april(3, 10),
                        "ON_TIME", false, false, 0, false),
                // commune B
                new Seeded(prefix + "-9", CENTER_B, "COUNTER", 4, march(10, 8), march(12, 17), null, null, null, false,
                        false, 0, false));
    }

    static void insert(JdbcClient jdbc, Seeded d) {
        boolean open = d.open() && d.receivedAt() != null;
        jdbc.sql("""
                insert into monitoring_dossier (dossier_id, code, procedure_code, procedure_name, process_instance_id,
                  receiving_unit, handling_unit, responsible_unit, channel, status, is_open, submitted_at, received_at,
                  received_on, appointment_at, finished_at, returned_at, timeliness, paused, extended, supplement_count,
                  paid_online, vneid_authenticated, digitized, updated_at)
                values (?, ?, '1.001193', 'Đăng ký khai sinh', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)""")
                .params(d.id(), "CODE-" + d.id(), "pi-" + d.id(), d.receivingUnit(), commune(d.receivingUnit()),
                        commune(d.receivingUnit()), d.channel(), d.status(), open, ts(d.receivedAt()), ts(d.receivedAt()),
                        LocalDate.ofInstant(d.receivedAt(), WorkingTimeCalculator.ZONE), ts(d.appointmentAt()),
                        ts(d.finishedAt()), ts(d.returnedAt()), d.timeliness(), d.paused(), d.extended(), d.supplements(),
                        "ONLINE".equals(d.channel()) && d.digitized(), d.digitized(), ts(Instant.now()))
                .update();
    }

    static void step(JdbcClient jdbc, String taskId, String dossierId, String stepKey, String unit, Instant started,
                     Instant due, Instant completed, Long workingMillis) {
        jdbc.sql("""
                insert into monitoring_step (task_id, dossier_id, step_key, step_name, unit_code, is_open, started_at, due_at,
                  completed_at, working_millis) values (?, ?, ?, 'Thẩm định', ?, ?, ?, ?, ?, ?)""")
                .params(taskId, dossierId, stepKey, unit, completed == null, ts(started), ts(due), ts(completed),
                        workingMillis)
                .update();
        if (completed != null) {
            // the projection's delta row of the per-day aggregate
            jdbc.sql("""
                    insert into monitoring_step_day (completed_on, step_key, unit_code, steps, working_millis, late_steps,
                      compacted) values (?, ?, ?, 1, ?, ?, false)""")
                    .params(LocalDate.ofInstant(completed, WorkingTimeCalculator.ZONE), stepKey, unit,
                            workingMillis == null ? 0 : workingMillis, completed.isAfter(due) ? 1 : 0)
                    .update();
        }
    }

    static String commune(String center) {
        return center.equals(CENTER_A) ? COMMUNE_A : center.equals(CENTER_B) ? COMMUNE_B : COMMUNE_C;
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
