package vn.motcua.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.motcua.bench.ProvinceDayBenchmark.round;

/**
 * What the database executed during a run, from PostgreSQL's {@code pg_stat_statements} (the embedded
 * server preloads it; another server needs {@code shared_preload_libraries = 'pg_stat_statements'}):
 * statements per dossier in total and the most frequent ones, which is where an N+1 shows.
 */
final class StatementStatistics {

    private static final int SHOWN = 20;

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final boolean available;

    StatementStatistics(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.available = execute("create extension if not exists pg_stat_statements");
    }

    /** Forgets what was counted so far: call right before the measured run. */
    void reset() {
        if (available) {
            execute("select pg_stat_statements_reset()");
        }
    }

    /** Statements per dossier since the last reset, in total and for the most called ones; empty if unavailable. */
    Map<String, Object> perDossier(int dossiers) {
        Map<String, Object> figures = new LinkedHashMap<>();
        if (!available) {
            return figures;
        }
        List<Map<String, Object>> top = new ArrayList<>();
        List<Map<String, Object>> slowest = new ArrayList<>();
        double calls = 0;
        double millis = 0;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select query, calls, total_exec_time from pg_stat_statements
                     where query not like '%pg_stat_statements%' order by calls desc""")) {
            while (rows.next()) {
                calls += rows.getLong("calls");
                millis += rows.getDouble("total_exec_time");
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("perDossier", round(rows.getLong("calls") / (double) dossiers));
                row.put("meanMillis", round(rows.getDouble("total_exec_time") / rows.getLong("calls")));
                row.put("millisPerDossier", round(rows.getDouble("total_exec_time") / dossiers));
                row.put("query", abbreviated(rows.getString("query")));
                if (top.size() < SHOWN) {
                    top.add(row);
                }
                slowest.add(row);
            }
        } catch (SQLException e) {
            figures.put("error", e.getMessage());
            return figures;
        }
        figures.put("statementsPerDossier", round(calls / dossiers));
        figures.put("databaseMillisPerDossier", round(millis / dossiers));
        figures.put("mostCalled", top);
        slowest.sort((a, b) -> Double.compare((double) b.get("millisPerDossier"), (double) a.get("millisPerDossier")));
        figures.put("mostTime", List.copyOf(slowest.subList(0, Math.min(SHOWN, slowest.size()))));
        return figures;
    }

    private boolean execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return true;
        } catch (SQLException e) {
            System.err.println("pg_stat_statements unavailable, no statement figures: " + e.getMessage());
            return false;
        }
    }

    private static String abbreviated(String query) {
        String flat = query.replaceAll("\\s+", " ").trim();
        return flat.length() > 180 ? flat.substring(0, 177) + "..." : flat;
    }
}
