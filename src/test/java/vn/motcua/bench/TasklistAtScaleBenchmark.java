package vn.motcua.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;
import vn.motcua.OfficerSession;

/**
 * Benchmark of the officers' task lists at province scale (not a test: it prints figures and never
 * fails on time). Starts an embedded PostgreSQL 17 and the whole application on it (profile
 * {@code test}: demo province, authorization checks on, history level full), runs a few dossiers of
 * each kind to completion to learn the exact rows the engine and our modules leave behind, creates the
 * open dossiers through {@code POST /api/dossiers}, then replicates the completed ones in SQL up to
 * the requested number of completed dossiers (their authorizations for all of them; history and our own
 * per-dossier tables for the first {@code other-tables}; fresh ids and shifted times). It then times,
 * as real officers over HTTP Basic, the unit task list, its count, the shared Tasklist filters (JSON
 * and HAL with variables, and the webapp's filter call) and the same query through the Java API;
 * {@value #RUNS} runs after {@value #WARM_UP} warm-up runs each, first with a unit's task list joined with
 * the authorization table as the engine does it (the main cases only: it is slow at scale), then, the
 * application restarted on the same database, without that join (every case; see
 * {@code AuthenticatedGroupsPlugin}). Writes {@code target/bench/tasklist.md}
 * and {@code .json}, and the EXPLAIN (ANALYZE, BUFFERS) of every statement to
 * {@code target/bench/tasklist-explain.md}.
 *
 * <p>Run after {@code mvn test-compile} (see docs/performance.md):
 * <pre>
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.motcua.bench.TasklistAtScaleBenchmark [completed] [open] [other-tables]
 * </pre>
 */
public final class TasklistAtScaleBenchmark {

    private static final int RUNS = 50;
    private static final int WARM_UP = 5;
    private static final int TEMPLATE_ROUNDS = 2;
    private static final int CHUNK = 100_000;
    private static final String PASSWORD = "test-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The places where dossiers are received and handled in the demo province. */
    private record Commune(String center, String committee, String residence, String reception, String specialist) {
    }

    private static final List<Commune> COMMUNES = List.of(
            new Commune("000.01.01.H99", "000.01.00.H99", "000.01.00.H99", "tiepnhan.tandinh", "hotich.tandinh"),
            new Commune("000.02.01.H99", "000.02.00.H99", "000.02.00.H99", "tiepnhan.tanan", "hotich.tanan"),
            new Commune("000.03.01.H99", "000.03.00.H99", "000.03.00.H99", "tiepnhan.kinhbac", "hotich.kinhbac"));
    private static final String JUSTICE = "000.00.10.H99";

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    private TasklistAtScaleBenchmark(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public static void main(String[] args) throws Exception {
        int completed = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int open = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int history = args.length > 2 ? Integer.parseInt(args[2]) : completed;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off").setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "1GB").setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "512MB").setServerConfig("max_wal_size", "8GB")
                .start()) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setPassword("postgres");
            config.setMaximumPoolSize(20);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                ExplainingDataSource explaining = new ExplainingDataSource(pool);
                // before: a unit's task list joined with the authorization table, as the engine does it
                ConfigurableApplicationContext app = start(explaining,
                        "motcua.authorization.own-group-task-lists-checked=true");
                StringBuilder report = new StringBuilder();
                StringBuilder explain = new StringBuilder();
                String setup;
                try {
                    TasklistAtScaleBenchmark bench = new TasklistAtScaleBenchmark(port(app));
                    setup = bench.fill(pool, completed, open, history);
                    bench.measure(app, explaining, "Before: unit task lists joined with the authorization table"
                            + " (motcua.authorization.own-group-task-lists-checked=true)", true, report, explain);
                } finally {
                    app.close();
                }
                app = start(explaining, "motcua.authorization.own-group-task-lists-checked=false");
                try {
                    new TasklistAtScaleBenchmark(port(app)).measure(app, explaining,
                            "After: a list of the officer's own candidate groups without the join (default)", false,
                            report, explain);
                } finally {
                    app.close();
                }
                String title = String.format("Officer task lists with %,d open and %,d completed dossiers (%s)", open,
                        completed, LocalDate.now());
                Path out = Path.of("target", "bench");
                Files.createDirectories(out);
                Files.writeString(out.resolve("tasklist.md"), "# " + title + "\n\n" + RUNS + " runs each after " + WARM_UP
                        + " warm-up runs, milliseconds, one request at a time.\n" + report + "\n## Set-up\n\n" + setup);
                Files.writeString(out.resolve("tasklist.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                        Map.of("title", title, "runs", RUNS, "warmUp", WARM_UP, "completed", completed, "open", open,
                                "history", history, "measuredAt", Instant.now().toString(), "results", RESULTS)));
                Files.writeString(out.resolve("tasklist-explain.md"), "# EXPLAIN (ANALYZE, BUFFERS) of the task list statements\n\n"
                        + "Generated by `vn.motcua.bench.TasklistAtScaleBenchmark`: " + title + ".\n" + explain
                        + "\n## Figures\n" + report);
                System.out.print(report);
            }
        }
    }

    private static final List<Map<String, Object>> RESULTS = new ArrayList<>();

    private static ConfigurableApplicationContext start(ExplainingDataSource explaining, String property) {
        return new SpringApplicationBuilder(MotcuaApplication.class)
                .profiles("test")
                .properties("server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off", property)
                .initializers(context -> context.getBeanFactory().registerSingleton("dataSource", explaining))
                .run();
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private String fill(DataSource pool, int completed, int open, int history) throws Exception {
        StringBuilder setup = new StringBuilder();
        long started = System.nanoTime();
        List<String> templates = new ArrayList<>();
        for (int round = 0; round < TEMPLATE_ROUNDS; round++) {
            for (int i = 0; i < COMMUNES.size(); i++) {
                templates.add(completeBirthRegistration(COMMUNES.get(i), round * 10 + i));
            }
            templates.add(completeJudicialRecord(COMMUNES.get(round % COMMUNES.size()), round));
        }
        // the outbox delivers the monitoring projection after commit
        Thread.sleep(3_000);
        String leftovers = leftovers(pool, templates);
        setup.append("Completed ").append(templates.size()).append(" dossiers through the application to learn their rows.\n\n")
                .append(leftovers);
        System.out.print(leftovers);

        long openStarted = System.nanoTime();
        createOpenDossiers(open);
        setup.append(String.format("%nCreated %d open dossiers through POST /api/dossiers in %d s.%n", open,
                (System.nanoTime() - openStarted) / 1_000_000_000));

        long historyStarted = System.nanoTime();
        String rows = new CompletedDossiers(pool, templates).replicate(completed - templates.size(), history, CHUNK);
        setup.append(String.format("Replicated the completed dossiers up to %,d (authorizations for all, other tables for %,d) in %d s.%n%n",
                completed, Math.min(completed, history + templates.size()),
                (System.nanoTime() - historyStarted) / 1_000_000_000)).append(rows);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            // as autovacuum would have done by then: statistics, and every page all-visible
            statement.execute("vacuum (freeze, analyze)");
        }
        setup.append(String.format("%nSet-up took %d s in all.%n", (System.nanoTime() - started) / 1_000_000_000));
        System.out.print(setup);
        return setup.toString();
    }

    // ---------------------------------------------------------------- dossiers through the application

    private String completeBirthRegistration(Commune commune, int n) throws Exception {
        String id = submit(commune.reception(), birthRegistration(commune, "0793010" + String.format("%05d", n)));
        complete(commune.specialist(), task(commune.specialist(), id, "Task_Appraise"), """
                {"appraisalOutcome": {"value": "approve"}, "registrationNumber": {"value": "%d/2026"},
                 "appraisalNote": {"value": "Đủ điều kiện"}}""".formatted(n + 1));
        String leader = commune.specialist().replace("hotich.", "lanhdao.");
        complete(leader, task(leader, id, "Task_Sign"), """
                {"leaderDecision": {"value": "approve"}}""");
        returnResult(commune.reception(), id);
        return id;
    }

    private String completeJudicialRecord(Commune commune, int n) throws Exception {
        String id = submit(commune.reception(), judicialRecord(commune, "0793020" + String.format("%05d", n)));
        complete(commune.reception(), task(commune.reception(), id, "Task_CollectAtCounter"), "{}");
        complete("chuyenvien.tuphap", task("chuyenvien.tuphap", id, "Task_Appraise"), """
                {"appraisalOutcome": {"value": "approve"}, "recordFinding": {"value": "no-record"},
                 "appraisalNote": {"value": "Không có án tích"}}""");
        complete("lanhdao.tuphap", task("lanhdao.tuphap", id, "Task_Approve"), """
                {"leaderDecision": {"value": "approve"}, "certificateNumber": {"value": "LLTP-2026-%04d"}}""".formatted(n));
        returnResult(commune.reception(), id);
        return id;
    }

    private void createOpenDossiers(int count) throws Exception {
        AtomicInteger done = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    for (int i = thread; i < count; i += 4) {
                        Commune commune = COMMUNES.get(i % COMMUNES.size());
                        String idNumber = String.format("079%09d", 100_000 + i);
                        // three in four are birth registrations handled by the commune, one a judicial record
                        // handled by the Department of Justice once the counter collected its fee
                        boolean judicial = i % 4 == 3;
                        String body = judicial ? judicialRecord(commune, idNumber) : birthRegistration(commune, idNumber);
                        String id = submit(commune.reception(), body);
                        if (judicial) {
                            complete(commune.reception(), task(commune.reception(), id, "Task_CollectAtCounter"), "{}");
                        }
                        int n = done.incrementAndGet();
                        if (n % 1000 == 0) {
                            System.out.println("  " + n + " open dossiers created");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private static String birthRegistration(Commune commune, String idNumber) {
        return """
                {"procedureCode": "1.001193", "channel": "COUNTER", "receivingUnit": "%s",
                 "applicant": {"name": "Trần Thị Bình", "idNumber": "%s", "phone": "0901234567"},
                 "completeness": "received",
                 "details": {"childName": "Trần Gia Bảo", "childBirthDate": "2026-11-20", "childSex": "nam",
                             "birthPlace": "Bệnh viện tỉnh", "residenceCommune": "%s"}}"""
                .formatted(commune.center(), idNumber, commune.residence());
    }

    private static String judicialRecord(Commune commune, String idNumber) {
        return """
                {"procedureCode": "2.000488", "channel": "COUNTER", "receivingUnit": "%s",
                 "applicant": {"name": "Hồ Thị Thu Trang", "idNumber": "%s", "phone": "0912345678",
                               "address": "Ấp 3"},
                 "completeness": "received",
                 "details": {"applicantType": "citizen", "requestType": "form-1", "purpose": "Xin việc làm",
                             "copiesRequested": 1}}""".formatted(commune.center(), idNumber);
    }

    private String submit(String officer, String body) throws Exception {
        HttpResponse<String> answer = post(officer, "/api/dossiers", body);
        require(answer, 201);
        return JSON.readTree(answer.body()).get("id").asText();
    }

    private String task(String officer, String dossierId, String taskKey) throws Exception {
        JsonNode tasks = JSON.readTree(get(officer, "/engine-rest/task?processInstanceBusinessKey=" + dossierId
                + "&taskDefinitionKey=" + taskKey, "application/json").body());
        if (tasks.size() != 1) {
            throw new IllegalStateException(officer + " sees " + tasks.size() + " " + taskKey + " of " + dossierId);
        }
        String taskId = tasks.get(0).get("id").asText();
        require(post(officer, "/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"" + officer + "\"}"), 204);
        return taskId;
    }

    private void complete(String officer, String taskId, String variables) throws Exception {
        require(post(officer, "/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + variables + "}"), 204);
    }

    private void returnResult(String officer, String dossierId) throws Exception {
        require(post(officer, "/api/dossiers/" + dossierId + "/return",
                "{\"returnMethod\": \"counter\", \"receivedBy\": \"Người nộp\"}"), 200);
    }

    // ---------------------------------------------------------------- what completed dossiers leave behind

    /** Rows that the completed template dossiers still hold in runtime tables (the engine's and ours). */
    private static String leftovers(DataSource pool, List<String> dossierIds) throws SQLException {
        StringBuilder out = new StringBuilder("Rows left in runtime tables by " + dossierIds.size()
                + " completed dossiers:\n\n| table | rows |\n|---|---|\n");
        String ids = dossierIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create temporary table done_pi as select id_ from act_hi_procinst where root_proc_inst_id_ in"
                    + " (select id_ from act_hi_procinst where business_key_ in (" + ids + "))"
                    + " union select id_ from act_hi_taskinst where root_proc_inst_id_ in"
                    + " (select id_ from act_hi_procinst where business_key_ in (" + ids + "))");
            Map<String, String> checks = new LinkedHashMap<>();
            checks.put("act_ru_authorization", "resource_id_ in (select id_ from done_pi) or root_proc_inst_id_ in (select id_ from done_pi)");
            for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_identitylink",
                    "act_ru_job", "act_ru_event_subscr", "act_ru_incident")) {
                checks.put(table, (table.equals("act_ru_identitylink") ? "task_id_"
                        : table.equals("act_ru_job") ? "process_instance_id_" : "proc_inst_id_")
                        + " in (select id_ from done_pi)");
            }
            checks.put("act_ge_bytearray", "root_proc_inst_id_ in (select id_ from done_pi)");
            checks.put("sla_clock", "process_instance_id in (select id_ from done_pi)");
            checks.put("dossier", "id in (" + ids + ")");
            checks.put("dossier_status_change", "dossier_id in (" + ids + ")");
            checks.put("control_sheet_entry", "dossier_id in (" + ids + ")");
            checks.put("monitoring_dossier", "dossier_id in (" + ids + ")");
            checks.put("monitoring_step", "dossier_id in (" + ids + ")");
            checks.put("notification", "dossier_id in (" + ids + ")");
            for (var check : checks.entrySet()) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + check.getKey() + " where " + check.getValue())) {
                    rows.next();
                    out.append("| ").append(check.getKey()).append(" | ").append(rows.getLong(1)).append(" |\n");
                }
            }
            try (ResultSet rows = statement.executeQuery("select resource_type_, count(*), count(removal_time_)"
                    + " from act_ru_authorization where resource_id_ in (select id_ from done_pi) group by 1 order by 1")) {
                out.append("\nOf which authorizations per resource type (type, rows, rows with a removal time):");
                while (rows.next()) {
                    out.append(" ").append(rows.getInt(1)).append(": ").append(rows.getLong(2)).append(" / ").append(rows.getLong(3)).append(';');
                }
                out.append('\n');
            }
            statement.execute("drop table done_pi");
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- measurements

    private void measure(ConfigurableApplicationContext app, ExplainingDataSource explaining, String phase,
            boolean primaryOnly, StringBuilder figures, StringBuilder explain) throws Exception {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        String commune = COMMUNES.get(0).specialist();
        String communeGroup = COMMUNES.get(0).committee() + ":specialist";
        String department = "chuyenvien.tuphap";
        String departmentGroup = JUSTICE + ":specialist";
        String unitTasks = filterId(commune, "Hồ sơ đang xử lý của đơn vị");
        String overdue = filterId(commune, "Quá hạn");
        OfficerSession webapp = OfficerSession.login(Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1)),
                commune, PASSWORD);
        OfficerSession departmentWebapp = OfficerSession.login(Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1)),
                department, PASSWORD);
        String list = "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50";
        // what Tasklist posts when an officer opens a filter (it asks for HAL: the filter's variables come embedded)
        String webappBody = """
                {"processVariables": [], "taskVariables": [], "caseInstanceVariables": [], "orQueries": [],
                 "sorting": [{"sortBy": "dueDate", "sortOrder": "asc"}]}""";

        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        cases.put("REST task?candidateGroup (commune)", () -> get(commune, "/engine-rest/task?candidateGroup="
                + encode(communeGroup) + list, "application/json"));
        cases.put("REST task?candidateGroup (department)", () -> get(department, "/engine-rest/task?candidateGroup="
                + encode(departmentGroup) + list, "application/json"));
        cases.put("REST task?candidateGroups all groups (commune)", () -> get(commune, "/engine-rest/task?candidateGroups="
                + encode(String.join(",", groups(engine, commune))) + list, "application/json"));
        cases.put("REST task/count candidateGroup (commune)", () -> get(commune, "/engine-rest/task/count?candidateGroup="
                + encode(communeGroup), "application/json"));
        cases.put("REST filter/list unit tasks (commune)", () -> get(commune, "/engine-rest/filter/" + unitTasks
                + "/list?firstResult=0&maxResults=50", "application/json"));
        cases.put("REST filter/list unit tasks (department)", () -> get(department, "/engine-rest/filter/" + unitTasks
                + "/list?firstResult=0&maxResults=50", "application/json"));
        cases.put("REST filter/list unit tasks HAL+variables (commune)", () -> get(commune, "/engine-rest/filter/" + unitTasks
                + "/list?firstResult=0&maxResults=50", "application/hal+json"));
        cases.put("REST filter/count unit tasks (commune)", () -> get(commune, "/engine-rest/filter/" + unitTasks
                + "/count", "application/json"));
        cases.put("REST filter/list overdue (department)", () -> get(department, "/engine-rest/filter/" + overdue
                + "/list?firstResult=0&maxResults=50", "application/json"));
        cases.put("webapp filter/list unit tasks (commune)", () -> webapp.postToWebapp(
                "/camunda/api/engine/engine/default/filter/" + unitTasks + "/list?firstResult=0&maxResults=50", webappBody));
        cases.put("webapp filter/list unit tasks (department)", () -> departmentWebapp.postToWebapp(
                "/camunda/api/engine/engine/default/filter/" + unitTasks + "/list?firstResult=0&maxResults=50", webappBody));
        cases.put("Java TaskService candidateGroup (commune)", () -> asOfficer(engine, commune, () -> engine.getTaskService()
                .createTaskQuery().taskCandidateGroup(communeGroup).orderByDueDate().asc().listPage(0, 50)));
        cases.put("Java TaskService candidateGroup (department)", () -> asOfficer(engine, department, () -> engine.getTaskService()
                .createTaskQuery().taskCandidateGroup(departmentGroup).orderByDueDate().asc().listPage(0, 50)));

        figures.append("\n## ").append(phase).append("\n\n| query | rows | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n");
        explain.append("\n# ").append(phase).append("\n");
        for (var entry : cases.entrySet()) {
            if (primaryOnly && !PRIMARY.contains(entry.getKey())) {
                continue;
            }
            Object last = null;
            for (int i = 0; i < WARM_UP; i++) {
                last = entry.getValue().get();
            }
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                last = entry.getValue().get();
                millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
            Arrays.sort(millis);
            String rows = rows(last);
            figures.append(String.format("| %s | %s | %.1f | %.1f | %.1f | %.1f |%n", entry.getKey(), rows,
                    percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis[RUNS - 1]));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("phase", phase);
            result.put("query", entry.getKey());
            result.put("rows", rows);
            result.put("p50", percentile(millis, 50));
            result.put("p95", percentile(millis, 95));
            result.put("p99", percentile(millis, 99));
            result.put("max", millis[RUNS - 1]);
            RESULTS.add(result);
            System.out.print(figures.substring(figures.lastIndexOf("\n| ", figures.length() - 2)));
            explaining.startExplaining();
            entry.getValue().get();
            List<String> plans = explaining.stopExplaining();
            explain.append("\n## ").append(entry.getKey()).append("\n");
            for (String plan : plans) {
                explain.append("\n```\n").append(plan).append("```\n");
            }
        }
    }

    private static Object asOfficer(ProcessEngine engine, String officer, Supplier<List<?>> query) {
        engine.getIdentityService().setAuthentication(officer, groups(engine, officer));
        try {
            return query.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static List<String> groups(ProcessEngine engine, String officer) {
        return engine.getIdentityService().createGroupQuery().groupMember(officer).list().stream()
                .map(Group::getId).toList();
    }

    private String filterId(String officer, String name) throws Exception {
        JsonNode filters = JSON.readTree(get(officer, "/engine-rest/filter?name=" + encode(name), "application/json").body());
        return filters.get(0).get("id").asText();
    }

    /** The cases measured in both phases; the others only after (the before phase is slow at scale). */
    private static final Set<String> PRIMARY = Set.of("REST task?candidateGroup (commune)",
            "REST filter/list unit tasks HAL+variables (commune)", "webapp filter/list unit tasks (commune)",
            "Java TaskService candidateGroup (commune)");

    private static final Pattern COUNT = Pattern.compile("^\\{\"count\":(\\d+)}$");

    private static String rows(Object answer) {
        if (answer instanceof List<?> list) {
            return String.valueOf(list.size());
        }
        if (answer instanceof HttpResponse<?> response && response.body() instanceof String body) {
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode();
            }
            Matcher count = COUNT.matcher(body);
            if (count.matches()) {
                return "count " + count.group(1);
            }
            try {
                JsonNode node = JSON.readTree(body);
                JsonNode tasks = node.isArray() ? node : node.path("_embedded").path("task");
                return String.valueOf(tasks.size());
            } catch (IOException e) {
                return "?";
            }
        }
        return "?";
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    // ---------------------------------------------------------------- HTTP

    private HttpResponse<String> get(String officer, String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", basic(officer))
                .header("Accept", accept).GET());
    }

    private HttpResponse<String> post(String officer, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", basic(officer))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void require(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static String basic(String officer) {
        return "Basic " + Base64.getEncoder().encodeToString((officer + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
