package vn.motcua.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.motcua.bench.DossierJourneys.Journey;
import vn.motcua.bench.DossierJourneys.Step;

/**
 * The baseline: the same BPMN, DMN and forms played by a bare Camunda engine through its Java API, with
 * no HTTP, no security, no read model and none of motcua's engine plugins (working-time calendars, SLA
 * due dates, dossier lifecycle and monitoring listeners, involved-unit grants, audit, bcrypt).
 *
 * <p>The processes need nothing of those plugins to run: candidate groups are plain expressions over
 * {@code receivingUnit} and {@code handlingUnit} (the latter set by the routing DMN), and the only
 * variable the platform adds at reception is {@code apologyAt}, the apology timer's date, which is given
 * here at start (one day ahead, so that the timer never fires during a run; its job is still created and
 * deleted as in the application). Tasks therefore have no due date here.
 *
 * <p>The engine has its own schema ({@value #SCHEMA}) in the same PostgreSQL database as the
 * application, with the application's engine settings (full history, no CMMN, UUID ids, removal-time
 * cleanup strategy, enforced history TTL); authorization checks are off and the job executor is not
 * started (no job becomes due during a run).
 */
public final class BareEngine implements AutoCloseable {

    /** The baseline's schema in the application's database. */
    public static final String SCHEMA = "bench_bare";

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;
    private final Latencies latencies;

    private BareEngine(HikariDataSource dataSource, ProcessEngine engine, Latencies latencies) {
        this.dataSource = dataSource;
        this.engine = engine;
        this.latencies = latencies;
    }

    /**
     * Builds the engine on the database and deploys the classpath's {@code processes/} and {@code forms/}.
     *
     * @param fresh drop the baseline's schema first (its tables from an earlier run)
     */
    public static BareEngine start(String jdbcUrl, String user, String password, int poolSize, boolean fresh) {
        return start(jdbcUrl, user, password, poolSize, fresh, new Latencies());
    }

    static BareEngine start(String jdbcUrl, String user, String password, int poolSize, boolean fresh,
                            Latencies latencies) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setSchema(SCHEMA);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (fresh) {
                statement.execute("drop schema if exists " + SCHEMA + " cascade");
            }
            statement.execute("create schema if not exists " + SCHEMA);
        } catch (SQLException e) {
            dataSource.close();
            throw new IllegalStateException("Cannot create schema " + SCHEMA, e);
        }
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-baseline-" + UUID.randomUUID());
        configuration.setDataSource(dataSource);
        configuration.setDatabaseType("postgres");
        configuration.setDatabaseSchema(SCHEMA);
        configuration.setDatabaseTablePrefix(SCHEMA + ".");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setCmmnEnabled(false);
        configuration.setStandaloneTasksEnabled(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setHistoryCleanupStrategy("removalTimeBased");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setAuthorizationEnabled(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        deploy(engine);
        return new BareEngine(dataSource, engine, latencies);
    }

    /** Plays the journey; answers the business key of the finished instance. */
    public String drive(Journey journey) {
        Step receipt = journey.receipt();
        String businessKey = "bare-" + journey.number() + "-" + UUID.randomUUID();
        Map<String, Object> variables = new HashMap<>(receipt.variables());
        Instant now = Instant.now();
        variables.put("dossierId", businessKey);
        variables.put("dossierCode", journey.center() + "-" + journey.number());
        variables.put("procedureCode", journey.procedureCode());
        variables.put("procedureVersion", 1);
        variables.put("channel", "counter");
        variables.put("receivingUnit", journey.center());
        variables.put("applicantName", "Nguyễn Văn Công Dân");
        variables.put("applicantId", journey.applicantId());
        variables.put("applicantPhone", "0912345678");
        variables.put("applicantAddress", "Số " + journey.number() + " đường Lê Lợi");
        variables.put("completeness", "received");
        variables.put("receptionOfficer", receipt.officer());
        variables.put("appointmentAt", now.plus(10, ChronoUnit.DAYS).toString());
        variables.put("apologyAt", now.plus(1, ChronoUnit.DAYS).toString());
        timed("receipt", () -> engine.getRuntimeService()
                .startProcessInstanceByKey(journey.processKey(), businessKey, variables));
        TaskService tasks = engine.getTaskService();
        for (Step step : journey.steps().subList(1, journey.steps().size())) {
            switch (step.action()) {
                case TASK -> {
                    timed("task list", () -> tasks.createTaskQuery().taskCandidateGroup(step.group())
                            .orderByDueDate().asc().listPage(0, 50));
                    Task task = timed("task by dossier", () -> only(tasks.createTaskQuery()
                            .processInstanceBusinessKey(businessKey).taskDefinitionKey(step.taskKey()).list(), step));
                    timed("claim", () -> {
                        tasks.claim(task.getId(), step.officer());
                        return null;
                    });
                    timed("complete", () -> {
                        tasks.complete(task.getId(), step.variables());
                        return null;
                    });
                }
                case SUPPLEMENT, RETURN -> timed(step.action() == DossierJourneys.Action.RETURN ? "return" : "supplement",
                        () -> {
                            Task task = only(tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                                    .taskDefinitionKey(step.taskKey()).list(), step);
                            tasks.complete(task.getId(), step.variables());
                            return null;
                        });
                default -> throw new IllegalStateException("unexpected step " + step);
            }
        }
        HistoricProcessInstance instance = timed("lookup", () -> engine.getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(journey.processKey()).singleResult());
        if (!HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState())) {
            throw new IllegalStateException("instance " + businessKey + " is " + instance.getState());
        }
        return businessKey;
    }

    /** The engine, for checks. */
    public ProcessEngine engine() {
        return engine;
    }

    Latencies latencies() {
        return latencies;
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }

    private <T> T timed(String type, Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        latencies.record(type, System.nanoTime() - start);
        return result;
    }

    private static Task only(List<Task> found, Step step) {
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " open " + step.taskKey() + " tasks");
        }
        return found.get(0);
    }

    /** One deployment of the resources the application deploys, under the same names. */
    private static void deploy(ProcessEngine engine) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, Resource> byName = new TreeMap<>();
        try {
            for (String pattern : List.of("processes/**/*.bpmn", "processes/**/*.dmn", "processes/**/*.form",
                    "forms/**/*.form")) {
                String root = pattern.substring(0, pattern.indexOf('/') + 1);
                for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
                    String url = resource.getURL().toString();
                    byName.put(url.substring(url.lastIndexOf("/" + root) + 1), resource);
                }
            }
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare-baseline");
            for (var entry : byName.entrySet()) {
                deployment.addInputStream(entry.getKey(), entry.getValue().getInputStream());
            }
            deployment.deploy();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the process resources", e);
        }
    }
}
