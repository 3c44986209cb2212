package vn.motcua.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.sla.Timeliness;

/**
 * The control sheet of a dossier (phiếu kiểm soát quá trình giải quyết hồ sơ, form 6): each step, the
 * unit that had it, when it arrived and left, who handed it on, and whether it was early, on time or late.
 */
@Repository
public class ControlSheet {

    /** One step of the sheet. */
    public record Entry(String stepKey, String stepName, String unitCode, Instant startedAt, Instant dueAt,
                        Instant completedAt, String completedBy, Timeliness classification, String note) {
    }

    private final JdbcClient jdbc;

    ControlSheet(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void stepStarted(String dossierId, String taskId, String stepKey, String stepName, String unitCode,
                     Instant startedAt, Instant dueAt) {
        // building blocks tested on their own carry no registered dossier: nothing to write then
        jdbc.sql("""
                insert into control_sheet_entry (dossier_id, task_id, step_key, step_name, unit_code, started_at, due_at)
                select ?, ?, ?, ?, ?, ?, ? where exists (select 1 from dossier where id = ?)""")
                .params(dossierId, taskId, stepKey, stepName, unitCode, ts(startedAt), ts(dueAt), dossierId).update();
    }

    /** Closes the step; its due date is the task's final one (after pauses or an extension). */
    void stepCompleted(String taskId, Instant completedAt, String completedBy, Instant dueAt) {
        Timeliness classification = dueAt == null ? null : Timeliness.against(completedAt, dueAt);
        jdbc.sql("""
                update control_sheet_entry set completed_at = ?, completed_by = ?, due_at = ?, classification = ?
                where task_id = ?""")
                .params(ts(completedAt), completedBy, ts(dueAt), classification == null ? null : classification.name(),
                        taskId).update();
    }

    /** The note the officer wrote at the step, as the control sheet's "note" column (cut to the column's 2,000). */
    void stepNoted(String taskId, String note) {
        jdbc.sql("update control_sheet_entry set note = ? where task_id = ?")
                .params(note.length() > 2000 ? note.substring(0, 2000) : note, taskId).update();
    }

    public List<Entry> of(String dossierId) {
        return jdbc.sql("""
                select step_key, step_name, unit_code, started_at, due_at, completed_at, completed_by, classification, note
                from control_sheet_entry where dossier_id = ? order by started_at, id""")
                .param(dossierId)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getString(7),
                        rs.getString(8) == null ? null : Timeliness.valueOf(rs.getString(8)), rs.getString(9)))
                .list();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
