package vn.motcua.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvents.Change;
import vn.motcua.dossier.DossierEvents.DossierChanged;
import vn.motcua.dossier.DossierEvents.StepCompleted;
import vn.motcua.dossier.DossierEvents.StepStarted;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.fees.PaymentCompleted;
import vn.motcua.fees.PaymentMethod;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.TaskDueMoved;
import vn.motcua.sla.Timeliness;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * Keeps the monitoring read model ({@code monitoring_dossier}, {@code monitoring_step}) up to date from
 * the dossier module's events. The listeners are synchronous, so they write in the transaction that
 * changed the dossier: the read model commits with the change or not at all.
 */
@Component
class MonitoringProjection {

    /** Received and not yet finished: the deadline runs (or is paused). */
    private static final Set<DossierStatus> OPEN = Set.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FEE_DUE, DossierStatus.WITHDRAWAL_REQUESTED);

    private final JdbcClient jdbc;
    private final Deadlines deadlines;

    MonitoringProjection(JdbcClient jdbc, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    @EventListener
    void on(DossierChanged event) {
        Dossier dossier = event.dossier();
        boolean open = dossier.receivedAt() != null && OPEN.contains(dossier.status());
        boolean paused = dossier.receivedAt() != null && dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED;
        String responsible = dossier.handlingUnit() != null ? dossier.handlingUnit() : dossier.receivingUnit();
        LocalDate receivedOn = dossier.receivedAt() == null ? null
                : LocalDate.ofInstant(dossier.receivedAt(), WorkingTimeCalculator.ZONE);
        String timeliness = event.timeliness() == null ? null : event.timeliness().name();
        Timestamp now = Timestamp.from(Instant.now());
        // one dossier's changes are serialized by its row lock in the dossier module: update, else insert
        int updated = jdbc.sql("""
                update monitoring_dossier set code = :code, process_instance_id = :pid, handling_unit = :handling,
                  responsible_unit = :responsible, status = :status, is_open = :open, received_at = :received,
                  received_on = :receivedOn, appointment_at = :appointment, finished_at = :finished,
                  returned_at = :returned, timeliness = coalesce(cast(:timeliness as varchar(10)), timeliness), paused = :paused,
                  extended = extended or :extended, supplement_count = supplement_count + :supplements,
                  digitized = digitized or :digitized, updated_at = :now
                where dossier_id = :id""")
                .params(params(event, dossier, open, paused, responsible, receivedOn, timeliness, now))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into monitoring_dossier (dossier_id, code, procedure_code, procedure_name, process_instance_id,
                      receiving_unit, handling_unit, responsible_unit, channel, status, is_open, submitted_at,
                      received_at, received_on, appointment_at, finished_at, returned_at, timeliness, paused, extended,
                      supplement_count, paid_online, vneid_authenticated, digitized, updated_at)
                    values (:id, :code, :procedure, :procedureName, :pid, :receiving, :handling, :responsible, :channel,
                      :status, :open, :submitted, :received, :receivedOn, :appointment, :finished, :returned,
                      :timeliness, :paused, :extended, :supplements, false, false, :digitized, :now)""")
                    .params(params(event, dossier, open, paused, responsible, receivedOn, timeliness, now))
                    .update();
            jdbc.sql("""
                    insert into monitoring_procedure (procedure_code, procedure_name) select ?, ?
                    where not exists (select 1 from monitoring_procedure where procedure_code = ?)""")
                    .params(dossier.procedureCode(), dossier.procedureName(), dossier.procedureCode()).update();
        }
        jdbc.sql("update monitoring_step set dossier_paused = ? where dossier_id = ? and is_open and dossier_paused <> ?")
                .params(paused, dossier.id(), paused).update();
    }

    private static Map<String, Object> params(DossierChanged event, Dossier dossier, boolean open,
                                                        boolean paused, String responsible, LocalDate receivedOn,
                                                        String timeliness, Timestamp now) {
        var values = new HashMap<String, Object>();
        values.put("id", dossier.id());
        values.put("code", dossier.code());
        values.put("procedure", dossier.procedureCode());
        values.put("procedureName", dossier.procedureName());
        values.put("pid", dossier.processInstanceId());
        values.put("receiving", dossier.receivingUnit());
        values.put("handling", dossier.handlingUnit());
        values.put("responsible", responsible);
        values.put("channel", dossier.channel().name());
        values.put("status", dossier.status().code());
        values.put("open", open);
        values.put("submitted", ts(dossier.submittedAt()));
        values.put("received", ts(dossier.receivedAt()));
        values.put("receivedOn", receivedOn);
        values.put("appointment", ts(dossier.appointmentAt()));
        values.put("finished", ts(dossier.finishedAt()));
        values.put("returned", ts(dossier.returnedAt()));
        values.put("timeliness", timeliness);
        values.put("paused", paused);
        values.put("extended", event.did(Change.APPOINTMENT_EXTENDED));
        values.put("supplements", event.did(Change.SUPPLEMENT_REQUESTED) ? 1 : 0);
        values.put("digitized", event.did(Change.DOCUMENTS_ADDED));
        values.put("now", now);
        return values;
    }

    /** A fee paid online counts for the 766 index ("paid online"); cash at the counter does not. */
    @EventListener
    void on(PaymentCompleted event) {
        if (event.method() == PaymentMethod.ONLINE) {
            jdbc.sql("update monitoring_dossier set paid_online = true where dossier_id = ?").param(event.dossierId())
                    .update();
        }
    }

    @EventListener
    void on(StepStarted event) {
        // steps of building blocks run on their own (process tests) have no monitored dossier
        int inserted = jdbc.sql("""
                insert into monitoring_step (task_id, dossier_id, step_key, step_name, unit_code, is_open, started_at, due_at,
                  dossier_paused)
                select ?, ?, ?, ?, ?, true, ?, ?, d.paused from monitoring_dossier d where d.dossier_id = ?""")
                .params(event.taskId(), event.dossierId(), event.stepKey(), event.stepName(), event.unitCode(),
                        ts(event.startedAt()), ts(event.dueAt()), event.dossierId())
                .update();
        if (inserted > 0) {
            jdbc.sql("""
                    insert into monitoring_step_key (step_key, step_name) select ?, ?
                    where not exists (select 1 from monitoring_step_key where step_key = ?)""")
                    .params(event.stepKey(), event.stepName(), event.stepKey()).update();
        }
    }

    /** The SLA clock held or rescheduled an open step's due date (supplement pause and resume). */
    @EventListener
    void on(TaskDueMoved event) {
        jdbc.sql("update monitoring_step set due_at = ? where task_id = ? and is_open")
                .params(ts(event.dueAt()), event.taskId()).update();
    }

    @EventListener
    void on(StepCompleted event) {
        jdbc.sql("select started_at from monitoring_step where task_id = ?").param(event.taskId())
                .query(Timestamp.class).optional().ifPresent(started -> {
                    Duration worked = deadlines.workingTimeBetween(started.toInstant(), event.completedAt());
                    int closed = jdbc.sql("""
                            update monitoring_step set is_open = false, completed_at = ?, due_at = ?, timeliness = ?,
                              working_millis = ? where task_id = ? and is_open""")
                            .params(ts(event.completedAt()), ts(event.dueAt()),
                                    event.timeliness() == null ? null : event.timeliness().name(),
                                    Math.max(0, worked.toMillis()), event.taskId())
                            .update();
                    if (closed == 0) {
                        return;
                    }
                    // a delta row of the per-day aggregate, never an update: completions do not contend
                    jdbc.sql("""
                            insert into monitoring_step_day (completed_on, step_key, unit_code, steps, working_millis,
                              late_steps, compacted)
                            select ?, step_key, coalesce(unit_code, ''), 1, ?, ?, false from monitoring_step where task_id = ?""")
                            .params(LocalDate.ofInstant(event.completedAt(), WorkingTimeCalculator.ZONE),
                                    Math.max(0, worked.toMillis()),
                                    event.timeliness() == Timeliness.LATE ? 1 : 0, event.taskId())
                            .update();
                });
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
