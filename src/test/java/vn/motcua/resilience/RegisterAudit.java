package vn.motcua.resilience;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the register holds after the load, read straight from the database and compared with what the clients
 * were told: every acknowledged submission exactly once, nothing half-written, each dossier's own records
 * (status log, control sheet, appointment, portal outbox, fee payment) agreeing with its process, and e-receipt
 * numbers unique and gapless in every series, one receipt per payment.
 */
final class RegisterAudit {

    private static final Pattern CODE = Pattern.compile("(.+)-(\\d+)");

    private final String jdbcUrl;

    RegisterAudit(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** The verdict: lost and duplicated submissions, and every other inconsistency found. */
    record Findings(int dossiers, int receipts, List<String> lost, List<String> duplicated, List<String> inconsistent) {
    }

    /** The certified copy: its fee is due once received. */
    private static final String PAID_PROCEDURE = "2.000815";

    private record Row(String key, String id, String code, String procedureCode, int status, String processInstanceId,
                       Timestamp receivedAt, Timestamp appointmentAt) {
    }

    Findings audit(String run, Map<String, DossierLoad.Acknowledged> acknowledged) throws SQLException {
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        List<String> inconsistent = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            Map<String, List<Row>> byKey = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement("""
                    select idempotency_key, id, code, procedure_code, status, process_instance_id, received_at,
                           appointment_at
                    from dossier where idempotency_key like ?""")) {
                select.setString(1, run + "-%");
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Row row = new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5), rs.getString(6), rs.getTimestamp(7), rs.getTimestamp(8));
                        rows.add(row);
                        byKey.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row);
                    }
                }
            }
            for (DossierLoad.Acknowledged ack : acknowledged.values()) {
                List<Row> found = byKey.getOrDefault(ack.key(), List.of());
                if (found.isEmpty()) {
                    lost.add(ack.key() + " (" + ack.code() + ") acknowledged, not in the register");
                } else if (found.size() > 1) {
                    duplicated.add(ack.key() + " stored " + found.size() + " times");
                } else if (!found.get(0).id().equals(ack.id()) || !found.get(0).code().equals(ack.code())) {
                    lost.add(ack.key() + " acknowledged as " + ack.code() + ", stored as " + found.get(0).code());
                }
            }
            // codes are unique in the whole register, and gapless per counter and day
            list(db, "select code, count(*) from dossier group by code having count(*) > 1", rs ->
                    duplicated.add("code " + rs.getString(1) + " on " + rs.getInt(2) + " dossiers"));
            Map<String, List<Integer>> numbers = new TreeMap<>();
            list(db, "select code from dossier", rs -> {
                Matcher code = CODE.matcher(rs.getString(1));
                if (code.matches()) {
                    numbers.computeIfAbsent(code.group(1), prefix -> new ArrayList<>()).add(Integer.parseInt(code.group(2)));
                }
            });
            numbers.forEach((prefix, taken) -> {
                taken.sort(null);
                for (int i = 0; i < taken.size(); i++) {
                    if (taken.get(i) != i + 1) {
                        inconsistent.add("codes of " + prefix + " not gapless: " + taken);
                        break;
                    }
                }
            });
            // no half-written dossier: each has its one procedure instance, each instance its dossier
            list(db, """
                    select d.code from dossier d where d.process_instance_id is null
                       or not exists (select 1 from act_hi_procinst p where p.id_ = d.process_instance_id)""", rs ->
                    inconsistent.add("dossier " + rs.getString(1) + " without its process"));
            list(db, """
                    select p.business_key_, count(*) from act_hi_procinst p
                    where p.super_process_instance_id_ is null and p.business_key_ is not null
                    group by p.business_key_ having count(*) > 1""", rs ->
                    duplicated.add("dossier " + rs.getString(1) + " has " + rs.getInt(2) + " processes"));
            list(db, """
                    select p.id_, p.proc_def_key_ from act_hi_procinst p
                    where p.super_process_instance_id_ is null
                      and not exists (select 1 from dossier d where d.process_instance_id = p.id_)""", rs ->
                    inconsistent.add("process " + rs.getString(1) + " (" + rs.getString(2) + ") without its dossier"));
            for (Row row : rows) {
                checkDossier(db, row, inconsistent);
            }
            int receipts = checkReceipts(db, duplicated, inconsistent);
            return new Findings(rows.size(), receipts, lost, duplicated, inconsistent);
        }
    }

    /**
     * E-receipts in the whole register: numbered 1..n without a gap or a repeat in each series (unit, series,
     * year), exactly one per payment. Answers how many receipts there are.
     */
    private int checkReceipts(Connection db, List<String> duplicated, List<String> inconsistent) throws SQLException {
        Map<String, List<Integer>> series = new TreeMap<>();
        list(db, "select unit_code || '/' || series || '/' || receipt_year, receipt_number from e_receipt", rs ->
                series.computeIfAbsent(rs.getString(1), name -> new ArrayList<>()).add(rs.getInt(2)));
        series.forEach((name, numbers) -> {
            numbers.sort(null);
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.get(i) != i + 1) {
                    inconsistent.add("receipt numbers of " + name + " not 1.." + numbers.size() + ": " + numbers);
                    break;
                }
            }
        });
        list(db, "select payment_id, count(*) from e_receipt where replaces_id is null group by payment_id"
                + " having count(*) > 1", rs -> duplicated.add("payment " + rs.getString(1) + " has "
                + rs.getInt(2) + " receipts"));
        list(db, "select p.id, p.dossier_id from payment p where not exists (select 1 from e_receipt r"
                + " where r.payment_id = p.id)", rs -> inconsistent.add("payment " + rs.getString(1)
                + " of dossier " + rs.getString(2) + " without its receipt"));
        return series.values().stream().mapToInt(List::size).sum();
    }

    /** Status log, appointment, control sheet and portal outbox of one dossier against its process. */
    private void checkDossier(Connection db, Row row, List<String> inconsistent) throws SQLException {
        String who = "dossier " + row.code() + " (status " + row.status() + ")";
        List<Integer> log = ints(db, "select status from dossier_status_change where dossier_id = ? order by id", row.id());
        if (log.isEmpty() || log.get(log.size() - 1) != row.status()) {
            inconsistent.add(who + ": status log " + log);
        }
        boolean received = row.status() != 1;
        if (received != (row.receivedAt() != null) || received != (row.appointmentAt() != null)
                || (received && !row.appointmentAt().after(row.receivedAt()))) {
            inconsistent.add(who + ": received " + row.receivedAt() + ", appointment " + row.appointmentAt());
        }
        List<String> activeTasks = strings(db, """
                select t.task_def_key_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                where e.root_proc_inst_id_ = ? order by t.task_def_key_""", row.processInstanceId());
        boolean ended = !ints(db, "select 1 from act_hi_procinst where id_ = ? and end_time_ is not null",
                row.processInstanceId()).isEmpty();
        String expected = switch (row.status()) {
            case 1 -> activeTasks.equals(List.of("Task_CheckOnline")) ? null : "the online check open";
            case 2, 4 -> ended || activeTasks.isEmpty() ? "a handling step open" : null;
            case 6 -> activeTasks.contains("Task_CollectAtCounter") ? null : "the fee collection open";
            case 9 -> activeTasks.contains("Task_ReturnResult") ? null : "the result return open";
            case 10 -> ended ? null : "its process ended";
            default -> "no other status in this load";
        };
        if (expected != null) {
            inconsistent.add(who + ": expected " + expected + ", open tasks " + activeTasks + ", ended " + ended);
        }
        // a certified copy's fee: not paid while due, paid exactly once after (cash at the counter)
        if (row.procedureCode().equals(PAID_PROCEDURE)) {
            List<Integer> payments = ints(db, "select amount_vnd from payment where dossier_id = ?", row.id());
            if (payments.size() != (row.status() == 6 ? 0 : 1)) {
                inconsistent.add(who + ": " + payments.size() + " payments " + payments);
            }
        }
        // control sheet (form 6): one line per user task of the dossier, closed exactly when the task is
        List<String> taskLines = strings(db, """
                select t.id_ || ':' || (t.end_time_ is not null) || ':' || coalesce(count(c.id), 0)
                       || ':' || coalesce(bool_and(c.completed_at is not null), false)
                from act_hi_taskinst t left join control_sheet_entry c on c.task_id = t.id_
                where t.root_proc_inst_id_ = ? group by t.id_, t.end_time_""", row.processInstanceId());
        for (String line : taskLines) {
            String[] parts = line.split(":");
            if (!parts[2].equals("1") || !parts[1].equals(parts[3])) {
                inconsistent.add(who + ": task " + parts[0] + " ended " + parts[1] + " has " + parts[2]
                        + " control sheet lines (closed " + parts[3] + ")");
            }
        }
        // portal outbox: seq 1..n, one row per change of status, in the order of the status log
        List<Integer> seqs = ints(db, "select seq from portal_outbox where dossier_id = ? order by seq", row.id());
        List<Integer> sent = ints(db, "select status from portal_outbox where dossier_id = ? order by seq", row.id());
        List<Integer> changes = new ArrayList<>();
        for (int status : log) {
            if (changes.isEmpty() || changes.get(changes.size() - 1) != status) {
                changes.add(status);
            }
        }
        for (int i = 0; i < seqs.size(); i++) {
            if (seqs.get(i) != i + 1) {
                inconsistent.add(who + ": outbox seq " + seqs);
                break;
            }
        }
        if (!sent.equals(changes)) {
            inconsistent.add(who + ": outbox statuses " + sent + ", status changes " + changes);
        }
    }

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    static void list(Connection db, String sql, RowReader reader, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    static List<Integer> ints(Connection db, String sql, Object... parameters) throws SQLException {
        List<Integer> values = new ArrayList<>();
        list(db, sql, rs -> values.add(rs.getInt(1)), parameters);
        return values;
    }

    static List<String> strings(Connection db, String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        list(db, sql, rs -> values.add(rs.getString(1)), parameters);
        return values;
    }
}
