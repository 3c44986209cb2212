package vn.motcua.resilience;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application JVMs on one PostgreSQL (Camunda's homogeneous cluster), the load spread over both; node B is
 * killed with SIGKILL right after the deadlines of the parked dossiers were made due (their apology timers in
 * {@code ACT_RU_JOB}, their open appraisal steps in {@code monitoring_step}), so B may die holding some of
 * them. Node A finishes everything: each timer fires exactly once (one apology, form 4, per dossier), each
 * overdue step is escalated exactly once per recipient, nothing acknowledged is lost or duplicated, dossier
 * codes and e-receipt numbers (fees collected on both nodes) stay unique and gapless. Sessions are in the
 * shared database: an officer signed in on B goes on working on A after B's death, in our pages and API and in
 * Camunda's webapps, without signing in again. Report: stdout and {@code target/resilience/cluster.md}.
 */
class ClusterIT {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** Quick timers and escalation: a killed node's locked jobs come back after 15 s, not Camunda's 5 min. */
    private static final List<String> CLUSTER_SETTINGS = List.of(
            "--motcua.monitoring.escalation-interval=PT3S",
            "--camunda.bpm.job-execution.lock-time-in-millis=15000",
            "--camunda.bpm.job-execution.max-wait=2000");

    @Test
    void node_b_killed_mid_run_node_a_fires_every_timer_once_and_loses_nothing() throws Exception {
        Instant began = Instant.now();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100").start()) {
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            ApplicationNode a = new ApplicationNode("cluster-node-a", jdbcUrl, CLUSTER_SETTINGS);
            ApplicationNode b = new ApplicationNode("cluster-node-b", jdbcUrl, CLUSTER_SETTINGS);
            List<String> up = new CopyOnWriteArrayList<>();
            DossierLoad load = new DossierLoad("cluster-" + System.currentTimeMillis(), () -> List.copyOf(up));
            try {
                // A first: it creates the schema; B then joins the existing database
                a.start();
                b.start();
                up.addAll(List.of(a.baseUrl(), b.baseUrl()));

                String session = signIn(b, "tiepnhan.tanan");
                assertThat(officerPage(b, session)).as("B's session on B").isEqualTo(200);
                assertThat(officerPage(a, session)).as("B's session on A (shared)").isEqualTo(200);
                assertThat(officerPage(a, "not-a-session")).as("no session, no entry").isEqualTo(401);
                // opening the Tasklist on B puts Camunda's own authentication into the session
                assertThat(tasklist(b, session)).as("the Tasklist on B").isEqualTo(200);

                load.start(2, 2);
                Thread.sleep(15_000);
                awaitDossiersInHandling(jdbcUrl, load, 6, Duration.ofSeconds(90));
                Due due = makeDeadlinesDue(jdbcUrl, load);
                Thread.sleep(1_500);
                b.kill();
                up.remove(b.baseUrl());
                assertThat(officerPage(a, session)).as("B's session on A after B died").isEqualTo(200);
                assertThat(webappUser(a, session)).as("Camunda's webapps on A know B's officer")
                        .contains("\"userId\":\"tiepnhan.tanan\"");
                Thread.sleep(10_000);
                load.stop(Duration.ofSeconds(40));

                waitUntilFired(jdbcUrl, due, Duration.ofMinutes(2));
                List<String> timerFindings = timerFindings(jdbcUrl, due);
                RegisterAudit.Findings findings = new RegisterAudit(jdbcUrl).audit(load.run(), load.acknowledged());
                new ResilienceReport("Cluster test: two nodes on one PostgreSQL, one killed")
                        .row("nodes", 2).row("kills (SIGKILL)", 1).traffic(load)
                        .row("officer's session of the killed node still valid on the other", "yes")
                        .row("apology timers made due", due.timers().size())
                        .row("steps made overdue", due.steps().size())
                        .row("timers or escalations not exactly once", timerFindings.size())
                        .problems(timerFindings).verdict(findings, load)
                        .publish("cluster.md", Duration.between(began, Instant.now()));

                assertThat(due.timers()).as("apology timers made due").isNotEmpty();
                assertThat(due.steps()).as("steps made overdue").isNotEmpty();
                assertThat(timerFindings).as("timers and escalations not exactly once").isEmpty();
                assertThat(findings.lost()).as("lost").isEmpty();
                assertThat(findings.duplicated()).as("duplicated").isEmpty();
                assertThat(findings.inconsistent()).as("half-written or inconsistent").isEmpty();
                assertThat(load.unexpected()).as("answers a correct application never gives").isEmpty();
                assertThat(findings.receipts()).as("e-receipts of the fees collected").isPositive();
            } finally {
                load.stop(Duration.ZERO);
                b.stop();
                a.stop();
            }
        }
    }

    /** The apology timers (process instance ids) and the open appraisal steps (task ids) made due. */
    record Due(List<String> timers, List<String> steps) {
    }

    /**
     * Brings the deadlines of the dossiers that stay in handling to now, in the shared database, instead of
     * waiting days: their timer jobs and their open steps' due dates.
     */
    private static Due makeDeadlinesDue(String jdbcUrl, DossierLoad load) throws Exception {
        List<String> parked = load.acknowledged().values().stream().filter(DossierLoad.Acknowledged::staysInAppraisal)
                .map(DossierLoad.Acknowledged::id).toList();
        List<String> timers = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            String[] ids = parked.toArray(String[]::new);
            try (PreparedStatement update = db.prepareStatement("""
                    update act_ru_job set duedate_ = now() where type_ = 'timer' and process_instance_id_ in
                      (select process_instance_id from dossier where id = any(?) and status in (2, 4))
                    returning process_instance_id_""")) {
                update.setArray(1, db.createArrayOf("varchar", ids));
                try (var rs = update.executeQuery()) {
                    while (rs.next()) {
                        timers.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement update = db.prepareStatement("""
                    update monitoring_step set due_at = now() - interval '1 hour'
                    where is_open and escalated_at is null and step_key like '%/Task_Appraise' and dossier_id = any(?)
                    returning task_id""")) {
                update.setArray(1, db.createArrayOf("varchar", ids));
                try (var rs = update.executeQuery()) {
                    while (rs.next()) {
                        steps.add(rs.getString(1));
                    }
                }
            }
            // what the parked dossiers hold when nothing was made due (a diagnosis for a failing run)
            if (timers.isEmpty() || steps.isEmpty()) {
                System.out.println("parked: " + parked.size());
                RegisterAudit.list(db, "select d.status, j.type_, j.handler_type_, j.duedate_ from dossier d left join"
                        + " act_ru_job j on j.process_instance_id_ = d.process_instance_id where d.id = any(?)",
                        rs -> System.out.println("job " + rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3)
                                + " " + rs.getTimestamp(4)), db.createArrayOf("varchar", ids));
                RegisterAudit.list(db, "select s.step_key, s.is_open, s.due_at, s.escalated_at from monitoring_step s"
                        + " where s.dossier_id = any(?)", rs -> System.out.println("step " + rs.getString(1) + " "
                        + rs.getBoolean(2) + " " + rs.getTimestamp(3) + " " + rs.getTimestamp(4)),
                        db.createArrayOf("varchar", ids));
            }
        }
        return new Due(timers, steps);
    }

    /** Waits until at least {@code wanted} dossiers that stay in handling have their deadline timers. */
    private static void awaitDossiersInHandling(String jdbcUrl, DossierLoad load, int wanted, Duration patience)
            throws Exception {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            String[] parked = load.acknowledged().values().stream().filter(DossierLoad.Acknowledged::staysInAppraisal)
                    .map(DossierLoad.Acknowledged::id).toArray(String[]::new);
            try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                if (count(db, "select count(*) from act_ru_job j join dossier d on d.process_instance_id"
                        + " = j.process_instance_id_ where j.type_ = 'timer' and d.id = any(?)", (Object) parked) >= wanted) {
                    return;
                }
            }
            Thread.sleep(1_000);
        }
    }

    private static void waitUntilFired(String jdbcUrl, Due due, Duration patience) throws Exception {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                String[] timers = due.timers().toArray(String[]::new);
                String[] steps = due.steps().toArray(String[]::new);
                int waitingTimers = count(db, "select count(*) from act_ru_job where type_ = 'timer' and retries_ > 0"
                        + " and duedate_ <= now() and process_instance_id_ = any(?)", (Object) timers);
                int waitingSteps = count(db, "select count(*) from monitoring_step where escalated_at is null"
                        + " and task_id = any(?)", (Object) steps);
                if (waitingTimers == 0 && waitingSteps == 0) {
                    return;
                }
            }
            Thread.sleep(1_000);
        }
    }

    /** Every timer made due fired once (one apology and its one task), every overdue step escalated once. */
    private static List<String> timerFindings(String jdbcUrl, Due due) throws Exception {
        List<String> findings = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            for (String instance : due.timers()) {
                int apologies = count(db, "select count(*) from act_hi_procinst where proc_def_key_ = 'common-apology'"
                        + " and super_process_instance_id_ = ?", instance);
                int tasks = count(db, "select count(*) from act_hi_taskinst where task_def_key_ = 'Task_Apologize'"
                        + " and root_proc_inst_id_ = ?", instance);
                if (apologies != 1 || tasks != 1) {
                    findings.add("process " + instance + ": " + apologies + " apologies, " + tasks + " apology tasks");
                }
            }
            int allApologies = count(db, "select count(*) from act_hi_procinst where proc_def_key_ = 'common-apology'");
            if (allApologies != due.timers().size()) {
                findings.add(allApologies + " apologies for " + due.timers().size() + " timers made due");
            }
            RegisterAudit.list(db, "select id_, exception_msg_ from act_ru_job where exception_msg_ is not null",
                    rs -> findings.add("job " + rs.getString(1) + " failed: " + rs.getString(2)));
            for (String task : due.steps()) {
                int escalated = count(db, "select count(*) from monitoring_step where task_id = ? and escalated_at is not null", task);
                int notifications = count(db, "select count(*) from notification where task_id = ?", task);
                int recipients = count(db, "select count(distinct group_id) from notification where task_id = ?", task);
                if (escalated != 1 || recipients == 0 || notifications != recipients) {
                    findings.add("step " + task + ": escalated " + escalated + ", " + notifications
                            + " notifications to " + recipients + " groups");
                }
            }
        }
        return findings;
    }

    private static int count(Connection db, String sql, Object... parameters) throws Exception {
        List<Integer> values = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof String[] array
                        ? db.createArrayOf("varchar", array) : parameters[i]);
            }
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Signs the officer in through node's login page; answers the session cookie's value. */
    private static String signIn(ApplicationNode node, String officer) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF_INPUT.matcher(page.body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + officer + "&password=" + DossierLoad.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).as("login redirect").doesNotContain("/login");
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private static int tasklist(ApplicationNode node, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.baseUrl()
                + "/camunda/app/tasklist/default/")).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * What Camunda's webapps answer for the session: the signed-in user of the engine, as JSON. This resource
     * reads Camunda's authentication from the session only (404 without it; the filter that creates it runs
     * for the webapps' pages and engine paths), so it proves the session content crossed nodes.
     */
    private static String webappUser(ApplicationNode node, String session) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.baseUrl()
                        + "/camunda/api/admin/auth/user/default")).header("Cookie", "JSESSIONID=" + session)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() + " " + answer.body();
    }

    /** The officer's own page through the API with only the session cookie: 200 signed in, 401 not. */
    private static int officerPage(ApplicationNode node, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/officers/me"))
                .header("Cookie", "JSESSIONID=" + session).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
