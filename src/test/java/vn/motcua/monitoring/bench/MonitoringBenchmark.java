package vn.motcua.monitoring.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import vn.motcua.bench.ExplainingDataSource;
import vn.motcua.monitoring.MonitoringQueries;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.sla.OfficialWorkingTime;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * Benchmark of the monitoring dashboard queries on 1,000,000 dossiers (not a test: it prints figures
 * and never fails on time). Starts an embedded PostgreSQL 17, applies the Flyway migrations, fills the
 * read model with COPY (a province of 100 communes and 10 departments, one year of dossiers, about 3
 * steps each, a few percent open), runs every dashboard query {@value #RUNS} times after warm-up, and
 * prints p50/p95/p99 per query (stdout and {@code target/bench/monitoring.txt}); the EXPLAIN (ANALYZE,
 * BUFFERS) of each statement goes to {@code target/bench/monitoring-explain.md}.
 *
 * <p>Run after {@code mvn test-compile} (see docs/performance.md, "Monitoring dashboard"):
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.motcua.monitoring.bench.MonitoringBenchmark [dossiers]
 * </pre>
 */
public final class MonitoringBenchmark {

    private static final int RUNS = 50;
    private static final int WARM_UP = 5;
    private static final int COMMUNES = 100;
    private static final int DEPARTMENTS = 10;
    private static final int CHUNK = 50_000;
    private static final DateTimeFormatter TS = DateTimeFormatter.ISO_INSTANT;

    private MonitoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setServerConfig("shared_buffers", "512MB").setServerConfig("work_mem", "32MB")
                .setServerConfig("max_wal_size", "4GB").start()) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setMaximumPoolSize(4);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                        .table("motcua_schema_history").load().migrate();
                Instant now = Instant.now();
                long started = System.nanoTime();
                List<Unit> units = fill(pool, dossiers, now);
                try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                    // the per-day step aggregate as the projection and its compaction leave it
                    statement.execute("""
                            insert into monitoring_step_day (completed_on, step_key, unit_code, steps, working_millis,
                              late_steps, compacted)
                            select cast(completed_at at time zone 'Asia/Ho_Chi_Minh' as date), step_key,
                              coalesce(unit_code, ''), count(*), sum(working_millis),
                              sum(case when timeliness = 'LATE' then 1 else 0 end), true
                            from monitoring_step where completed_at is not null group by 1, 2, 3""");
                    // as autovacuum would have done by then: statistics, and every page all-visible
                    statement.execute("vacuum (freeze, analyze) monitoring_dossier");
                    statement.execute("vacuum (freeze, analyze) monitoring_step");
                    statement.execute("vacuum (freeze, analyze) monitoring_step_day");
                }
                String fillTime = "filled " + dossiers + " dossiers in " + (System.nanoTime() - started) / 1_000_000_000 + " s";
                System.out.println(fillTime);
                run(pool, units, dossiers, now, fillTime);
            }
        }
    }

    private static void run(DataSource pool, List<Unit> units, int dossiers, Instant now, String fillTime)
            throws IOException {
        ExplainingDataSource explaining = new ExplainingDataSource(pool);
        MonitoringQueries queries = new MonitoringQueries(explaining, OfficialWorkingTime.DEADLINES, units);
        LocalDate today = LocalDate.ofInstant(now, WorkingTimeCalculator.ZONE);
        LocalDate monthAgo = today.minusDays(30);
        Set<String> commune = Set.of(communeCode(7), centerCode(7));
        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        cases.put("now (province)", () -> queries.now(null));
        cases.put("now (commune)", () -> queries.now(commune));
        cases.put("dossiers overdue (province)", () -> queries.dossiers(null, "overdue"));
        cases.put("dossiers dueSoon (province)", () -> queries.dossiers(null, "dueSoon"));
        cases.put("dossiers atRisk (province)", () -> queries.dossiers(null, "atRisk"));
        cases.put("dossiers open (commune)", () -> queries.dossiers(commune, "open"));
        cases.put("trends 30 days (province)", () -> queries.trends(null, monthAgo, today));
        cases.put("trends 30 days (commune)", () -> queries.trends(commune, monthAgo, today));
        cases.put("statistics 30 days (province)", () -> queries.statistics(null, monthAgo, today));
        cases.put("statistics 30 days (commune)", () -> queries.statistics(commune, monthAgo, today));
        cases.put("766 30 days (province)", () -> queries.index766(null, monthAgo, today));

        StringBuilder figures = new StringBuilder("Monitoring dashboard queries on " + dossiers + " dossiers ("
                + fillTime + "), " + RUNS + " runs each after " + WARM_UP + " warm-up runs, milliseconds\n");
        figures.append(String.format("%-32s %8s %8s %8s %8s%n", "query", "p50", "p95", "p99", "max"));
        StringBuilder explain = new StringBuilder("# EXPLAIN (ANALYZE, BUFFERS) of the monitoring queries\n\n"
                + "Generated by `vn.motcua.monitoring.bench.MonitoringBenchmark` on " + dossiers
                + " dossiers (embedded PostgreSQL 17, " + today + ").\n");
        for (var entry : cases.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                entry.getValue().get();
            }
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                entry.getValue().get();
                millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
            Arrays.sort(millis);
            figures.append(String.format("%-32s %8.1f %8.1f %8.1f %8.1f%n", entry.getKey(), percentile(millis, 50),
                    percentile(millis, 95), percentile(millis, 99), millis[RUNS - 1]));
            explaining.startExplaining();
            entry.getValue().get();
            List<String> plans = explaining.stopExplaining();
            explain.append("\n## ").append(entry.getKey()).append("\n");
            for (String plan : plans) {
                explain.append("\n```\n").append(plan).append("```\n");
            }
        }
        System.out.print(figures);
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("monitoring.txt"), figures);
        Files.writeString(out.resolve("monitoring-explain.md"), explain + "\n## Figures\n\n```\n" + figures + "```\n");
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String communeCode(int i) {
        return String.format("100.%03d.00.H99", i);
    }

    static String centerCode(int i) {
        return String.format("100.%03d.01.H99", i);
    }

    static String departmentCode(int i) {
        return String.format("000.00.%02d.H99", 20 + i);
    }

    /** Writes the read model with COPY; returns the units of the generated province. */
    private static List<Unit> fill(DataSource pool, int dossiers, Instant now) throws SQLException, IOException {
        List<Unit> units = new ArrayList<>();
        for (int c = 0; c < COMMUNES; c++) {
            units.add(new Unit(communeCode(c), "UBND xã " + c, UnitKind.COMMUNE, "000.00.00.H99"));
            units.add(new Unit(centerCode(c), "Trung tâm PVHCC xã " + c, UnitKind.SERVICE_CENTER, communeCode(c)));
        }
        for (int d = 0; d < DEPARTMENTS; d++) {
            units.add(new Unit(departmentCode(d), "Sở " + d, UnitKind.DEPARTMENT, "000.00.00.H99"));
        }
        Random random = new Random(20261125L);
        String[] channels = {"COUNTER", "ONLINE", "POST"};
        String[] timeliness = {"EARLY", "ON_TIME", "LATE"};
        try (Connection connection = pool.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder dossierRows = new StringBuilder();
            StringBuilder stepRows = new StringBuilder();
            for (int i = 0; i < dossiers; i++) {
                int commune = random.nextInt(COMMUNES);
                int procedure = random.nextInt(40);
                boolean department = procedure < 12;
                String receiving = centerCode(commune);
                String responsible = department ? departmentCode(procedure % DEPARTMENTS) : communeCode(commune);
                String channel = channels[random.nextDouble() < 0.6 ? 0 : random.nextDouble() < 0.9 ? 1 : 2];
                Instant received = now.minusSeconds((long) (random.nextDouble() * 365 * 86_400));
                int limitDays = 1 + procedure % 15;
                Instant appointment = received.plus(Duration.ofHours(limitDays * 34L));
                long ageDays = Duration.between(received, now).toDays();
                // recent dossiers are mostly open, a thin backlog of old ones stays open (overdue)
                boolean open = ageDays < limitDays * 1.4 ? random.nextDouble() < 0.7 : random.nextDouble() < 0.003;
                boolean paused = open && random.nextDouble() < 0.08;
                String tl = null;
                Instant finished = null;
                Instant returned = null;
                int status;
                if (open) {
                    status = paused ? 5 : 4;
                } else {
                    tl = timeliness[random.nextDouble() < 0.45 ? 0 : random.nextDouble() < 0.8 ? 1 : 2];
                    long spent = (long) (Duration.between(received, appointment).toSeconds()
                            * ("LATE".equals(tl) ? 1.2 + random.nextDouble() : 0.3 + random.nextDouble() * 0.6));
                    finished = received.plusSeconds(spent);
                    if (finished.isAfter(now)) {
                        finished = now.minusSeconds(60);
                    }
                    boolean collected = random.nextDouble() < 0.93;
                    returned = collected ? finished.plusSeconds(random.nextInt(3 * 86_400)) : null;
                    if (returned != null && returned.isAfter(now)) {
                        returned = null;
                    }
                    status = returned == null ? 9 : 10;
                }
                String id = "b" + i;
                dossierRows.append(id).append(',').append(receiving).append("-").append(i).append(",P")
                        .append(procedure).append(",Thủ tục ").append(procedure).append(",pi").append(i).append(',')
                        .append(receiving).append(',').append(responsible).append(',').append(responsible).append(',')
                        .append(channel).append(',').append(status).append(',').append(open).append(',')
                        .append(TS.format(received)).append(',').append(TS.format(received)).append(',')
                        .append(LocalDate.ofInstant(received, WorkingTimeCalculator.ZONE)).append(',')
                        .append(TS.format(appointment)).append(',').append(ts(finished)).append(',').append(ts(returned))
                        .append(',').append(tl == null ? "" : tl).append(',').append(paused).append(',')
                        .append(random.nextDouble() < 0.03).append(',').append(paused ? 1 : random.nextDouble() < 0.1 ? 1 : 0)
                        .append(',').append("ONLINE".equals(channel) && random.nextBoolean()).append(',')
                        .append(false).append(',').append(random.nextDouble() < 0.7).append(',')
                        .append(TS.format(now)).append('\n');
                // steps: appraise and sign at the responsible unit, return at the counter
                Instant stepStart = received;
                String[] keys = {"Task_Appraise_" + procedure, "Task_Sign_" + procedure, "Task_ReturnResult"};
                for (int s = 0; s < 3; s++) {
                    Instant due = stepStart.plus(Duration.ofHours(Math.max(4, limitDays * 34L / 3)));
                    boolean stepOpen = open && s == (i % 2);
                    Instant completed = stepOpen ? null
                            : stepStart.plusSeconds((long) (Duration.between(stepStart, due).toSeconds() * (0.2 + random.nextDouble())));
                    if (completed != null && completed.isAfter(now)) {
                        completed = now.minusSeconds(30);
                    }
                    stepRows.append("t").append(i).append('-').append(s).append(',').append(id).append(',').append(keys[s])
                            .append(",Bước ").append(s).append(',').append(s == 2 ? receiving : responsible).append(',')
                            .append(stepOpen).append(',').append(TS.format(stepStart)).append(',').append(TS.format(due))
                            .append(',').append(ts(completed)).append(',')
                            .append(completed == null ? "" : completed.isAfter(due) ? "LATE" : "ON_TIME").append(',')
                            .append(completed == null ? "" : String.valueOf(Duration.between(stepStart, completed).toMillis() / 3))
                            .append(',').append(completed == null && due.isBefore(now) ? TS.format(now) : "")
                            .append(',').append(stepOpen && paused).append('\n');
                    if (stepOpen) {
                        break;
                    }
                    stepStart = completed;
                }
                if ((i + 1) % CHUNK == 0 || i == dossiers - 1) {
                    copy.copyIn("copy monitoring_dossier (dossier_id, code, procedure_code, procedure_name, process_instance_id,"
                            + " receiving_unit, handling_unit, responsible_unit, channel, status, is_open, submitted_at,"
                            + " received_at, received_on, appointment_at, finished_at, returned_at, timeliness, paused,"
                            + " extended, supplement_count, paid_online, vneid_authenticated, digitized, updated_at)"
                            + " from stdin with (format csv)", new StringReader(dossierRows.toString()));
                    copy.copyIn("copy monitoring_step (task_id, dossier_id, step_key, step_name, unit_code, is_open,"
                            + " started_at, due_at, completed_at, timeliness, working_millis, escalated_at, dossier_paused)"
                            + " from stdin with (format csv)", new StringReader(stepRows.toString()));
                    dossierRows.setLength(0);
                    stepRows.setLength(0);
                    if ((i + 1) % 200_000 == 0) {
                        System.out.println("  " + (i + 1) + " dossiers written");
                    }
                }
            }
        }
        return units;
    }

    private static String ts(Instant instant) {
        return instant == null ? "" : TS.format(instant);
    }
}
