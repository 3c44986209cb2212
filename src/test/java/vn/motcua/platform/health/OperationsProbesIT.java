package vn.motcua.platform.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultAcquireJobsCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;

import vn.motcua.MotcuaApplication;
import vn.motcua.postgres.EmbeddedPostgresDatabase;
import vn.motcua.postgres.TestConfigurationsExcluded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Probes and graceful shutdown of a node that runs jobs: the application with its job executor ON, on a
 * database of its own in the embedded PostgreSQL server (its job executor must not run the other tests'
 * jobs), started and finally stopped by this test.
 * <ul>
 *   <li>readiness is DOWN (503) while the job executor is stopped or the database refuses connections, UP
 *       again afterwards; liveness stays UP; anonymous callers get the status only, an administrator the
 *       reason;</li>
 *   <li>on shutdown a request in flight completes, and the jobs this node acquired but did not execute are
 *       unlocked (another node takes them at once instead of after the lock time).</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsProbesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("quantri:test-password".getBytes(StandardCharsets.UTF_8));

    private final String database = "ops_" + UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String jdbcUrl;
    private ConfigurableApplicationContext application;
    private int port;

    @BeforeAll
    void start() {
        jdbcUrl = EmbeddedPostgresDatabase.leaseNewDatabase(database);
        application = new SpringApplicationBuilder(MotcuaApplication.class, SlowRequests.class)
                .profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("operationsTypeExcludeFilter",
                        new TestConfigurationsExcluded()))
                // arguments, not default properties: they override the test profile (job execution off there)
                .run("--server.port=0",
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        // a refused connection must make the health check fail quickly, not after 30 s
                        "--spring.datasource.hikari.connection-timeout=1000",
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.generate-unique-process-engine-name=true",
                        // no webapps, which the probes do not need (applications side by side with webapps are
                        // TwoApplicationsOneJvmIT's subject)
                        "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.generate-unique-process-application-name=true",
                        "--motcua.monitoring.incidents.gauge-refresh=PT1S");
        port = ((WebServerApplicationContext) application).getWebServer().getPort();
    }

    @AfterAll
    void stop() {
        try {
            if (application != null && application.isActive()) {
                application.close();
            }
        } finally {
            EmbeddedPostgresDatabase.release();
        }
    }

    @Test
    @Order(1)
    void a_running_node_is_live_and_ready_and_anonymous_callers_see_the_status_only() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health/readiness", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(anonymous.body()).get("status").asText()).isEqualTo("UP");
        assertThat(JSON.readTree(anonymous.body()).has("components")).isFalse();

        JsonNode readiness = JSON.readTree(get("/actuator/health/readiness", ADMIN).body());
        assertThat(readiness.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/readinessState/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/jobAcquisition/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/jobAcquisition/details/lockOwner").asText()).isEqualTo(jobExecutor().getLockOwner());

        JsonNode liveness = JSON.readTree(get("/actuator/health/liveness", ADMIN).body());
        assertThat(liveness.get("status").asText()).isEqualTo("UP");
        assertThat(liveness.get("components").fieldNames()).toIterable().containsExactly("livenessState");
    }

    @Test
    @Order(2)
    void readiness_is_down_while_the_job_executor_is_stopped_and_up_again_when_it_runs() throws Exception {
        JobExecutor jobExecutor = jobExecutor();
        jobExecutor.shutdown();
        try {
            HttpResponse<String> anonymous = get("/actuator/health/readiness", null);
            assertThat(anonymous.statusCode()).isEqualTo(503);
            assertThat(anonymous.body()).isEqualTo("{\"status\":\"DOWN\"}");

            HttpResponse<String> administrator = get("/actuator/health/readiness", ADMIN);
            assertThat(administrator.statusCode()).isEqualTo(503);
            JsonNode readiness = JSON.readTree(administrator.body());
            assertThat(readiness.at("/components/jobAcquisition/status").asText()).isEqualTo("DOWN");
            assertThat(readiness.at("/components/jobAcquisition/details/reason").asText())
                    .isEqualTo("Bộ thực thi công việc (job executor) không hoạt động");
            assertThat(readiness.at("/components/db/status").asText()).isEqualTo("UP");

            assertThat(get("/actuator/health/liveness", null).statusCode()).as("a restart is not what fixes it").isEqualTo(200);
        } finally {
            jobExecutor.start();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/actuator/health/readiness", ADMIN).statusCode()).isEqualTo(200));
        assertThat(JSON.readTree(get("/actuator/health/readiness", ADMIN).body())
                .at("/components/jobAcquisition/details/lastAcquisition").asText()).isNotBlank();
    }

    @Test
    @Order(3)
    void readiness_is_down_while_the_database_refuses_connections_and_up_again_when_it_answers() throws Exception {
        try (Connection administration = DriverManager.getConnection(EmbeddedPostgresDatabase.administrationUrl(),
                "postgres", "postgres"); Statement sql = administration.createStatement()) {
            sql.execute("alter database " + database + " allow_connections false");
            try {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    HttpResponse<String> readiness = get("/actuator/health/readiness", null);
                    assertThat(readiness.statusCode()).isEqualTo(503);
                    assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
                });
                assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
            } finally {
                sql.execute("alter database " + database + " allow_connections true");
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200));
    }

    @Test
    @Order(4)
    void an_incident_is_exported_at_the_prometheus_endpoint_until_it_is_resolved() throws Exception {
        application.getBean(RepositoryService.class).createDeployment().name("ops-failing-step").enableDuplicateFiltering(true)
                .addClasspathResource("operations/failing-step.bpmn").deploy();
        RuntimeService runtime = application.getBean(RuntimeService.class);
        String instance = runtime.startProcessInstanceByKey("ops-failing-step", Map.of("failing", true)).getId();
        String row = "motcua_incidents_open{application=\"motcua\",incidentType=\"failedJob\",processDefinitionKey=\"ops-failing-step\"}";

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(prometheus()).contains(row + " 1.0"));

        ManagementService management = application.getBean(ManagementService.class);
        runtime.setVariable(instance, "failing", false);
        management.setJobRetries(management.createJobQuery().processInstanceId(instance).singleResult().getId(), 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(prometheus()).doesNotContain(row));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0);
    }

    private String prometheus() throws IOException, InterruptedException {
        HttpResponse<String> scrape = get("/actuator/prometheus", ADMIN);
        assertThat(scrape.statusCode()).isEqualTo(200);
        return scrape.body();
    }

    @Test
    @Order(5)
    void on_shutdown_a_request_in_flight_completes_and_the_acquired_jobs_are_unlocked() throws Exception {
        ProcessEngineConfigurationImpl engine = application.getBean(ProcessEngineConfigurationImpl.class);
        JobExecutor jobExecutor = engine.getJobExecutor();
        String lockOwner = jobExecutor.getLockOwner();
        // the node has acquired three jobs and not executed them yet: its acquisition is stopped here so that
        // nothing else takes them, and they are acquired as its acquisition thread does
        jobExecutor.shutdown();
        RuntimeService runtime = application.getBean(RuntimeService.class);
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            instances.add(runtime.startProcessInstanceByKey("ops-failing-step", Map.of("failing", false)).getId());
        }
        AcquiredJobs acquired = engine.getCommandExecutorTxRequired()
                .execute(new DefaultAcquireJobsCommandFactory(jobExecutor).getCommand(10));
        assertThat(acquired.size()).isEqualTo(3);
        assertThat(jobsLockedBy(lockOwner)).isEqualTo(3);

        SlowRequests slow = application.getBean(SlowRequests.class);
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(request(SlowRequests.PATH, ADMIN),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(slow.entered.await(30, TimeUnit.SECONDS)).as("the slow request has started").isTrue();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(application::close);

        HttpResponse<String> response = inFlight.get(60, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("answered after the application began to close");
        closing.get(90, TimeUnit.SECONDS);
        assertThat(application.isActive()).isFalse();

        assertThat(jobsLockedBy(lockOwner)).as("jobs still locked by the stopped node").isZero();
        assertThat(jobsOf(instances)).as("the jobs are still there, for another node").isEqualTo(3);
    }

    private JobExecutor jobExecutor() {
        return application.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor();
    }

    private long jobsLockedBy(String lockOwner) throws SQLException {
        return count("select count(*) from act_ru_job where lock_owner_ = ?", List.of(lockOwner));
    }

    private long jobsOf(List<String> instances) throws SQLException {
        return count("select count(*) from act_ru_job where process_instance_id_ = any (?)", List.of(instances));
    }

    private long count(String query, List<Object> parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                if (parameter instanceof List<?> list) {
                    statement.setArray(i + 1, connection.createArrayOf("varchar", list.toArray()));
                } else {
                    statement.setString(i + 1, (String) parameter);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return client.send(request(path, authorization), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    /**
     * Test only: a request that is still being answered when the application begins to close. It waits for
     * the context's close event, then a little longer, and answers.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class SlowRequests implements ApplicationListener<ContextClosedEvent> {

        static final String PATH = "/ops-test/slow";

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch closing = new CountDownLatch(1);

        @Override
        public void onApplicationEvent(ContextClosedEvent event) {
            closing.countDown();
        }

        @Bean
        ServletRegistrationBean<HttpServlet> slowServlet() {
            return new ServletRegistrationBean<>(new HttpServlet() {
                @Override
                protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    entered.countDown();
                    try {
                        boolean closed = closing.await(30, TimeUnit.SECONDS);
                        Thread.sleep(1000);
                        response.setContentType("text/plain;charset=UTF-8");
                        response.getWriter().write(closed ? "answered after the application began to close" : "not closed");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        response.sendError(500);
                    }
                }
            }, PATH);
        }
    }
}
