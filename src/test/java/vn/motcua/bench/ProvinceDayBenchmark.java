package vn.motcua.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.management.OperatingSystemMXBean;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;
import vn.motcua.bench.DossierJourneys.Journey;
import vn.motcua.postgres.TestConfigurationsExcluded;

/**
 * How far one node goes on a province day (not a test: it measures and reports, never fails on time).
 * A province has about 100 centers receiving 300–350 dossiers a day each, about 35,000 dossiers of about
 * 5 steps; the goal to aim at is 35,000 dossiers in under 10 minutes on one node, at less than 1.5 times
 * the bare engine's time.
 *
 * <p>It starts a PostgreSQL (embedded PostgreSQL 17 with fsync off, or any given one), the real
 * application on it on a random port (profiles {@code test} and {@code bench}: the demo province with
 * password {@code test-password}, job executor on), then drives N dossiers of {@link DossierJourneys}
 * through their whole lifecycle over HTTP only with C concurrent officers (each worker takes the next
 * dossier and plays it from reception to the result returned). Then the baseline: the same journeys,
 * same count and concurrency, on a {@link BareEngine} in its own schema of the same database. A short
 * warm-up of both comes first and is not counted.
 *
 * <p>Report: {@code target/bench/province-day.md} (also printed) and {@code target/bench/province-day.json}:
 * throughput, latency per call type, database growth, heap, CPU, overhead ratio, the machine.
 *
 * <p>Options ({@code --name=value} arguments or {@code -Dbench.name=value} system properties):
 * <ul>
 *   <li>{@code dossiers} N, default 35000;</li>
 *   <li>{@code concurrency} C concurrent officers, default 16;</li>
 *   <li>{@code supplement-share}, default 0.1: the share of dossiers whose specialist asks for a supplement;</li>
 *   <li>{@code warmup} dossiers per side before measuring, default min(200, N/10);</li>
 *   <li>{@code bcrypt-strength} of the officers' password hashes, default 10 (production): every HTTP Basic
 *       call verifies the password, so this is a large part of each call;</li>
 *   <li>{@code jdbc-url}, {@code jdbc-user}, {@code jdbc-password}: use that PostgreSQL instead of the
 *       embedded one (its database grows by the run; the baseline drops and recreates schema
 *       {@value BareEngine#SCHEMA});</li>
 *   <li>{@code pool} the application's connection pool size, default max(20, C + 10);</li>
 *   <li>{@code baseline} {@code false} to skip the bare engine.</li>
 * </ul>
 * Run (see docs/performance.md):
 * <pre>
 * mvn -q test-compile && mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.motcua.bench.ProvinceDayBenchmark --dossiers=2000
 * </pre>
 */
public final class ProvinceDayBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProvinceDayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int dossiers = Integer.parseInt(options.getOrDefault("dossiers", "35000"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        double supplementShare = Double.parseDouble(options.getOrDefault("supplement-share", "0.1"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", String.valueOf(Math.min(200, dossiers / 10))));
        int bcrypt = Integer.parseInt(options.getOrDefault("bcrypt-strength", "10"));
        boolean baseline = Boolean.parseBoolean(options.getOrDefault("baseline", "true"));
        int pool = Integer.parseInt(options.getOrDefault("pool", String.valueOf(Math.max(20, concurrency + 10))));
        String jdbcUrl = options.get("jdbc-url");
        String user = options.getOrDefault("jdbc-user", "postgres");
        String password = options.getOrDefault("jdbc-password", "postgres");

        EmbeddedPostgres postgres = null;
        if (jdbcUrl == null) {
            postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off").setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "512MB").setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements").start();
            jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "postgres";
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("startedAt", Instant.now().toString());
        report.put("settings", Map.of("dossiers", dossiers, "concurrency", concurrency, "connectionPool", pool,
                "supplementShare", supplementShare, "warmup", warmup, "bcryptStrength", bcrypt,
                "database", postgres != null ? "embedded PostgreSQL (fsync off, synchronous_commit off)" : jdbcUrl,
                "procedureMix", DossierJourneys.procedureMix()));
        DossierJourneys journeys = new DossierJourneys(20251125L, supplementShare);
        ConfigurableApplicationContext application = null;
        try {
            application = new SpringApplicationBuilder(MotcuaApplication.class)
                    .profiles("test", "bench")
                    .initializers(context -> context.getBeanFactory().registerSingleton("benchTypeExcludeFilter",
                            new TestConfigurationsExcluded()))
                    .properties(Map.of("server.port", "0", "spring.datasource.url", jdbcUrl,
                            "spring.datasource.username", user, "spring.datasource.password", password,
                            "spring.datasource.hikari.maximum-pool-size", String.valueOf(pool),
                            "motcua.security.bcrypt-strength", String.valueOf(bcrypt)))
                    .run();
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            HttpJourneys http = new HttpJourneys("http://localhost:" + port, JSON, new Latencies());
            try (BareEngine bare = baseline ? BareEngine.start(jdbcUrl, user, password, concurrency + 4, true,
                    new Latencies()) : null) {
                System.err.println("warm-up: " + warmup + " dossiers per side");
                run("warm-up (application)", 1_000_000, warmup, concurrency, journeys, journey -> http.drive(journey));
                if (bare != null) {
                    run("warm-up (bare engine)", 1_000_000, warmup, concurrency, journeys, bare::drive);
                }
                HttpJourneys measured = new HttpJourneys("http://localhost:" + port, JSON, new Latencies());
                StatementStatistics statements = new StatementStatistics(jdbcUrl, user, password);
                long sizeBefore = databaseSize(jdbcUrl, user, password);
                statements.reset();
                Outcome ours = run("application over HTTP", 0, dossiers, concurrency, journeys, measured::drive);
                long sizeAfter = databaseSize(jdbcUrl, user, password);
                Map<String, Object> ourFigures = ours.report(dossiers);
                ourFigures.put("latencyMillis", measured.latencies().summary());
                ourFigures.put("statements", statements.perDossier(dossiers));
                ourFigures.put("databaseGrowthMBPer1000Dossiers", round((sizeAfter - sizeBefore) / 1e6 * 1000 / dossiers));
                ourFigures.put("databaseSizeMB", Map.of("before", round(sizeBefore / 1e6), "after", round(sizeAfter / 1e6)));
                ourFigures.put("heap", heap());
                report.put("application", ourFigures);
                if (bare != null) {
                    BareEngine measuredBare = bare;
                    measuredBare.latencies().clear();
                    statements.reset();
                    Outcome theirs = run("bare engine", 0, dossiers, concurrency, journeys, measuredBare::drive);
                    long sizeAfterBare = databaseSize(jdbcUrl, user, password);
                    Map<String, Object> bareFigures = theirs.report(dossiers);
                    bareFigures.put("latencyMillis", measuredBare.latencies().summary());
                    bareFigures.put("statements", statements.perDossier(dossiers));
                    bareFigures.put("databaseGrowthMBPer1000Dossiers", round((sizeAfterBare - sizeAfter) / 1e6 * 1000 / dossiers));
                    report.put("baseline", bareFigures);
                    report.put("overhead", Map.of("wallTimeRatio", round(ours.wallNanos / (double) theirs.wallNanos),
                            "perDossierMillis", Map.of("application", round(ours.meanJourneyMillis()),
                                    "baseline", round(theirs.meanJourneyMillis()),
                                    "ratio", round(ours.meanJourneyMillis() / theirs.meanJourneyMillis()))));
                }
                report.put("machine", machine(jdbcUrl, user, password));
            }
        } finally {
            if (application != null) {
                application.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
        String markdown = markdown(report);
        Path directory = Path.of("target", "bench");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("province-day.md"), markdown);
        JSON.writeValue(directory.resolve("province-day.json").toFile(), report);
        System.out.println(markdown);
    }

    /** Plays one journey; answers what identifies the finished dossier. */
    @FunctionalInterface
    interface JourneyPlayer {
        String play(Journey journey) throws Exception;
    }

    /** What a run gave: wall and CPU time, journeys finished and failed, tasks completed. */
    record Outcome(long wallNanos, long cpuNanos, int finished, List<String> failures, int failed, long tasks,
                   long journeyNanos) {

        double meanJourneyMillis() {
            return finished == 0 ? 0 : journeyNanos / 1e6 / finished;
        }

        Map<String, Object> report(int dossiers) {
            double seconds = wallNanos / 1e9;
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("dossiers", dossiers);
            report.put("finished", finished);
            report.put("failed", failed);
            report.put("failures", failures);
            report.put("wallSeconds", round(seconds));
            report.put("dossiersPerSecond", round(finished / seconds));
            report.put("tasksCompleted", tasks);
            report.put("tasksPerSecond", round(tasks / seconds));
            report.put("meanJourneyMillis", round(meanJourneyMillis()));
            report.put("projected35000Minutes", round(35_000 / (finished / seconds) / 60));
            report.put("jvmCpuCoresBusy", round(cpuNanos / (double) wallNanos));
            return report;
        }
    }

    static Outcome run(String name, int firstNumber, int dossiers, int concurrency, DossierJourneys journeys,
                       JourneyPlayer player) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong tasks = new AtomicLong();
        AtomicLong journeyNanos = new AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int tenth = Math.max(1, dossiers / 10);
        ExecutorService officers = Executors.newFixedThreadPool(concurrency);
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        for (int officer = 0; officer < concurrency; officer++) {
            officers.execute(() -> {
                for (int i = next.getAndIncrement(); i < dossiers; i = next.getAndIncrement()) {
                    Journey journey = journeys.journey(firstNumber + i);
                    long begun = System.nanoTime();
                    try {
                        player.play(journey);
                        journeyNanos.addAndGet(System.nanoTime() - begun);
                        tasks.addAndGet(journey.taskCount());
                        finished.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        if (failures.size() < 10) {
                            failures.add(journey.procedureCode() + " #" + journey.number() + ": " + e.getMessage());
                        }
                    }
                    if ((i + 1) % tenth == 0) {
                        System.err.printf("%s: %d/%d after %.1f s%n", name, i + 1, dossiers,
                                (System.nanoTime() - start) / 1e9);
                    }
                }
            });
        }
        officers.shutdown();
        officers.awaitTermination(7, TimeUnit.DAYS);
        long wall = System.nanoTime() - start;
        Outcome outcome = new Outcome(wall, processCpuNanos() - cpuBefore, finished.get(), List.copyOf(failures),
                failed.get(), tasks.get(), journeyNanos.get());
        System.err.printf("%s: %d finished, %d failed in %.1f s%n", name, outcome.finished, outcome.failed, wall / 1e9);
        failures.forEach(failure -> System.err.println("  " + failure));
        return outcome;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        System.getProperties().forEach((key, value) -> {
            if (key.toString().startsWith("bench.")) {
                options.put(key.toString().substring("bench.".length()), value.toString());
            }
        });
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unknown argument " + arg + " (see the Javadoc of ProvinceDayBenchmark)");
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                options.put(arg.substring(2, equals), arg.substring(equals + 1));
            } else {
                options.put(arg.substring(2), args[++i]);
            }
        }
        return options;
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Map<String, Object> heap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Map<String, Object> heap = new LinkedHashMap<>();
        heap.put("usedAfterGcMB", round(memory.getHeapMemoryUsage().getUsed() / 1e6));
        heap.put("maxMB", round(memory.getHeapMemoryUsage().getMax() / 1e6));
        return heap;
    }

    private static long databaseSize(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement();
             ResultSet size = statement.executeQuery("select pg_database_size(current_database())")) {
            size.next();
            return size.getLong(1);
        }
    }

    private static Map<String, Object> machine(String jdbcUrl, String user, String password) throws SQLException {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGB", round(os.getTotalMemorySize() / 1e9));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("show server_version")) {
            version.next();
            machine.put("postgresql", version.getString(1));
        }
        return machine;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    @SuppressWarnings("unchecked")
    private static String markdown(Map<String, Object> report) {
        StringBuilder md = new StringBuilder("# Province day on one node\n\n");
        Map<String, Object> settings = (Map<String, Object>) report.get("settings");
        md.append("Started ").append(report.get("startedAt")).append("; ").append(settings.get("dossiers"))
                .append(" dossiers, ").append(settings.get("concurrency")).append(" concurrent officers, connection pool ")
                .append(settings.get("connectionPool")).append(", supplement share ")
                .append(settings.get("supplementShare")).append(", bcrypt strength ").append(settings.get("bcryptStrength"))
                .append(", warm-up ").append(settings.get("warmup")).append(" dossiers per side; database: ")
                .append(settings.get("database")).append(".\n\n");
        Map<String, Object> ours = (Map<String, Object>) report.get("application");
        Map<String, Object> theirs = (Map<String, Object>) report.get("baseline");
        md.append("| figure | application (HTTP) | bare engine (Java API) |\n|---|---|---|\n");
        for (String key : List.of("finished", "failed", "wallSeconds", "dossiersPerSecond", "tasksCompleted",
                "tasksPerSecond", "meanJourneyMillis", "projected35000Minutes", "jvmCpuCoresBusy",
                "databaseGrowthMBPer1000Dossiers")) {
            md.append("| ").append(key).append(" | ").append(ours == null ? "" : ours.get(key)).append(" | ")
                    .append(theirs == null ? "–" : theirs.get(key)).append(" |\n");
        }
        if (report.get("overhead") != null) {
            Map<String, Object> overhead = (Map<String, Object>) report.get("overhead");
            md.append("\nOverhead: wall time ratio ").append(overhead.get("wallTimeRatio"))
                    .append("; per dossier ").append(overhead.get("perDossierMillis")).append(" ms.\n");
        }
        if (ours != null) {
            md.append("\nHeap after GC at end: ").append(ours.get("heap")).append("; database size MB: ")
                    .append(ours.get("databaseSizeMB")).append(".\n");
            latencyTable(md, "application over HTTP", (Map<String, Map<String, Object>>) ours.get("latencyMillis"));
            failures(md, ours);
        }
        if (theirs != null) {
            latencyTable(md, "bare engine", (Map<String, Map<String, Object>>) theirs.get("latencyMillis"));
            failures(md, theirs);
        }
        if (ours != null) {
            statementTable(md, "application", (Map<String, Object>) ours.get("statements"));
        }
        if (theirs != null) {
            statementTable(md, "bare engine", (Map<String, Object>) theirs.get("statements"));
        }
        md.append("\nMachine: ").append(report.get("machine")).append(".\n");
        return md.toString();
    }

    private static void latencyTable(StringBuilder md, String title, Map<String, Map<String, Object>> latencies) {
        md.append("\nLatency, ").append(title).append(" (ms):\n\n| call | count | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n");
        latencies.forEach((type, row) -> md.append("| ").append(type).append(" | ").append(row.get("count"))
                .append(" | ").append(row.get("p50")).append(" | ").append(row.get("p95")).append(" | ")
                .append(row.get("p99")).append(" | ").append(row.get("max")).append(" |\n"));
    }

    @SuppressWarnings("unchecked")
    private static void statementTable(StringBuilder md, String title, Map<String, Object> statements) {
        if (statements == null || !statements.containsKey("mostCalled")) {
            return;
        }
        md.append("\nSQL statements, ").append(title).append(": ").append(statements.get("statementsPerDossier"))
                .append(" per dossier, ").append(statements.get("databaseMillisPerDossier"))
                .append(" ms of database time per dossier. Most called (pg_stat_statements):\n\n")
                .append("| calls per dossier | mean ms | ms per dossier | statement |\n|---|---|---|---|\n");
        statementRows(md, (List<Map<String, Object>>) statements.get("mostCalled"));
        md.append("\nTaking the most database time:\n\n| calls per dossier | mean ms | ms per dossier | statement |\n")
                .append("|---|---|---|---|\n");
        statementRows(md, (List<Map<String, Object>>) statements.get("mostTime"));
    }

    private static void statementRows(StringBuilder md, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            md.append("| ").append(row.get("perDossier")).append(" | ").append(row.get("meanMillis")).append(" | ")
                    .append(row.get("millisPerDossier")).append(" | `")
                    .append(row.get("query").toString().replace("|", "\\|").replace("`", "'")).append("` |\n");
        }
    }

    private static void failures(StringBuilder md, Map<String, Object> side) {
        List<?> failures = (List<?>) side.get("failures");
        if (!failures.isEmpty()) {
            md.append("\nFirst failures:\n\n");
            failures.forEach(failure -> md.append("- ").append(failure).append('\n'));
        }
    }
}
