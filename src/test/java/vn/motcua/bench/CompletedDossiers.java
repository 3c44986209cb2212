package vn.motcua.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Writes many completed dossiers as copies of a few dossiers that really ran to completion: every row
 * they left, in Camunda's history tables, in runtime tables (authorizations), in {@code act_ge_bytearray}
 * and in our own per-dossier tables, is copied with fresh ids and every time shifted back by up to a
 * year. Copy {@code g} of a row replaces the last 12 hex digits of each UUID-like id with {@code g}
 * (ids keep their length, references stay consistent), suffixes dossier codes with {@code -g}, and
 * lets identity columns number themselves.
 */
final class CompletedDossiers {

    private static final int YEAR_SECONDS = 365 * 86_400;

    /** Camunda id columns that name definitions, users or groups: shared by all copies. */
    private static final Set<String> SHARED_IDS = Set.of("proc_def_id_", "proc_def_key_", "deployment_id_", "tenant_id_",
            "user_id_", "group_id_", "act_id_", "start_act_id_", "end_act_id_", "start_user_id_", "assigner_id_",
            "job_def_id_", "case_def_id_", "case_def_key_", "dec_def_id_", "dec_def_key_", "dec_req_id_",
            "dec_req_key_", "clause_id_", "rule_id_", "task_def_key_", "org_id_");
    /** Our columns holding a dossier, process instance or task id. */
    private static final Set<String> OUR_IDS = Set.of("dossier_id", "process_instance_id", "task_id", "holder_id");

    private final DataSource pool;
    private final List<String> dossierIds;

    CompletedDossiers(DataSource pool, List<String> dossierIds) {
        this.pool = pool;
        this.dossierIds = dossierIds;
    }

    /**
     * Writes {@code copies} completed dossiers in chunks: their authorizations (which every officer's
     * query reads) for all of them, the other tables (history, our own tables, which the task lists do
     * not read) for the first {@code historyCopies}; returns a Markdown table of the rows per table.
     */
    String replicate(int copies, int historyCopies, int chunk) throws SQLException {
        Map<String, Long> written = new LinkedHashMap<>();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("""
                    create or replace function pg_temp.copy_id(v text, g int) returns text language sql immutable as $$
                      select case when v is null then null
                        when length(v) >= 36 and substr(v, length(v) - 12, 1) = '-'
                          then left(v, length(v) - 12) || lpad(to_hex(g), 12, '0')
                        else v || '-' || g end $$""");
            // template number k of every id a completed template dossier's rows are keyed by
            statement.execute("create temporary table template_id (id text primary key, k int not null)");
            for (int k = 0; k < dossierIds.size(); k++) {
                String dossier = dossierIds.get(k);
                statement.execute("insert into template_id values ('" + dossier + "', " + k + ") on conflict do nothing");
                statement.execute("insert into template_id select p.id_, " + k + " from act_hi_procinst p where p.root_proc_inst_id_ in"
                        + " (select id_ from act_hi_procinst where business_key_ = '" + dossier + "') on conflict do nothing");
                statement.execute("insert into template_id select t.id_, " + k + " from act_hi_taskinst t where t.root_proc_inst_id_ in"
                        + " (select id_ from act_hi_procinst where business_key_ = '" + dossier + "') on conflict do nothing");
            }
            statement.execute("analyze template_id");
            // copies are written table by table: foreign keys are checked by the application, not here
            statement.execute("set session_replication_role = replica");
            List<String[]> tables = tables(statement);
            int templates = dossierIds.size();
            for (String[] table : tables) {
                String name = table[0];
                String key = table[1];
                String[] columns = columns(statement, name);
                String insert = "insert into " + name + " (" + columns[0] + ") select " + columns[1] + " from " + name
                        + " src join template_id m on src." + key + " = m.id"
                        + " join generate_series({from}, {to}) g on g % " + templates + " = m.k";
                if (name.equals("act_ru_authorization")) {
                    // historic-instance grants carry the root instance id, the others only their resource id
                    insert = insert.replace(" src join template_id m on src." + key + " = m.id",
                            " src join template_id m on coalesce(src.root_proc_inst_id_, src.resource_id_) = m.id");
                }
                long rows = 0;
                int last = name.equals("act_ru_authorization") ? copies : Math.min(copies, historyCopies);
                for (int from = 1; from <= last; from += chunk) {
                    rows += statement.executeUpdate(insert.replace("{from}", String.valueOf(from))
                            .replace("{to}", String.valueOf(Math.min(last, from + chunk - 1))));
                }
                written.put(name, rows);
                System.out.println("  " + name + ": " + rows + " rows");
            }
            statement.execute("set session_replication_role = origin");
            statement.execute("drop table template_id");
        }
        return written.entrySet().stream().map(e -> "| " + e.getKey() + " | " + String.format("%,d", e.getValue()) + " |")
                .collect(Collectors.joining("\n", "| table | rows written |\n|---|---|\n", "\n"));
    }

    /** Every table with rows of the template dossiers, and the column that ties a row to its dossier. */
    private static List<String[]> tables(Statement statement) throws SQLException {
        List<String[]> found = new ArrayList<>();
        List<String[]> candidates = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("""
                select table_name, string_agg(column_name, ',') from information_schema.columns
                where table_schema = 'public' and column_name in
                  ('root_proc_inst_id_', 'resource_id_', 'dossier_id', 'process_instance_id', 'id')
                group by table_name order by table_name""")) {
            while (rows.next()) {
                candidates.add(new String[]{rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] candidate : candidates) {
            String name = candidate[0];
            List<String> keys = List.of(candidate[1].split(","));
            String key = name.equals("dossier") ? "id"
                    : keys.contains("root_proc_inst_id_") ? "root_proc_inst_id_"
                    : keys.contains("dossier_id") ? "dossier_id"
                    : keys.contains("process_instance_id") ? "process_instance_id"
                    : keys.contains("resource_id_") ? "resource_id_" : null;
            if (key == null || name.startsWith("act_ru_") && !name.equals("act_ru_authorization")) {
                continue;
            }
            String where = name.equals("act_ru_authorization")
                    ? "coalesce(root_proc_inst_id_, resource_id_) in (select id from template_id)"
                    : key + " in (select id from template_id)";
            try (ResultSet rows = statement.executeQuery("select count(*) from " + name + " where " + where)) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    found.add(new String[]{name, key});
                }
            }
        }
        // parents first, for readers of the partly written database
        found.sort((a, b) -> Integer.compare(order(a[0]), order(b[0])));
        return found;
    }

    private static int order(String table) {
        return table.equals("dossier") || table.equals("monitoring_dossier") || table.equals("sla_clock") ? 0 : 1;
    }

    /** The column list and the select list of a copy of the table's rows. */
    private static String[] columns(Statement statement, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String shift = "make_interval(secs => (g::bigint * 7919) % " + YEAR_SECONDS + ")";
        try (ResultSet rows = statement.executeQuery("select column_name, data_type, is_identity from information_schema.columns"
                + " where table_schema = 'public' and table_name = '" + table + "' order by ordinal_position")) {
            while (rows.next()) {
                String column = rows.getString(1);
                String type = rows.getString(2);
                if ("YES".equals(rows.getString(3))) {
                    continue;
                }
                names.add(column);
                boolean text = type.startsWith("character") || type.equals("text");
                String value;
                if (type.startsWith("timestamp")) {
                    value = "src." + column + " - " + shift;
                } else if (type.equals("date")) {
                    value = "cast(src." + column + " - " + shift + " as date)";
                } else if (text && table.startsWith("act_") && (column.endsWith("id_") && !SHARED_IDS.contains(column)
                        || column.equals("business_key_") || column.equals("resource_id_"))) {
                    value = "pg_temp.copy_id(src." + column + ", g)";
                } else if (text && table.startsWith("act_") && column.equals("text_")) {
                    // the dossierId variable
                    value = "case when src.text_ in (select id from template_id) then pg_temp.copy_id(src.text_, g) else src.text_ end";
                } else if (text && (OUR_IDS.contains(column) || column.equals("id"))) {
                    value = "pg_temp.copy_id(src." + column + ", g)";
                } else if (text && (column.equals("code") || column.equals("idempotency_key"))) {
                    value = "src." + column + " || '-' || g";
                } else {
                    value = "src." + column;
                }
                values.add(value);
            }
        }
        return new String[]{String.join(", ", names), String.join(", ", values)};
    }
}
