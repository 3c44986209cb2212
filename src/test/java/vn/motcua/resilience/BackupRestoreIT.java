package vn.motcua.resilience;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;
import vn.motcua.postgres.LocalPostgresCluster;
import vn.motcua.postgres.TestConfigurationsExcluded;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup procedure of docs/operations.md ("Backups"), once, for real: the
 * application runs on a PostgreSQL server and receives a dossier; {@code pg_dump -Fc} dumps the live
 * database; {@code pg_restore} restores it into a fresh database; the application started on the restored
 * database shows the dossier and its process waiting at the same step.
 */
class BackupRestoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUNTER = "Basic " + Base64.getEncoder()
            .encodeToString("tiepnhan.tandinh:test-password".getBytes(StandardCharsets.UTF_8));

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void a_dump_of_the_running_database_restores_into_a_fresh_database_with_the_dossier_and_its_process() throws Exception {
        try (LocalPostgresCluster postgres = LocalPostgresCluster.start()) {
            postgres.createDatabase("motcua");
            String id;
            String code;
            List<String> tasksBefore;
            Path dump;
            try (ConfigurableApplicationContext live = start(postgres.jdbcUrl("motcua"))) {
                HttpResponse<String> received = client.send(HttpRequest.newBuilder(uri(live, "/api/dossiers"))
                        .header("Authorization", COUNTER).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"procedureCode": "1.001193", "channel": "COUNTER", "receivingUnit": "000.01.01.H99",
                                 "applicant": {"name": "Trần Thị Bình", "idNumber": "079201015151", "phone": "0901234567"},
                                 "completeness": "received",
                                 "details": {"childName": "Trần Gia Bảo", "childBirthDate": "2025-11-20", "childSex": "nam",
                                             "birthPlace": "Bệnh viện tỉnh", "residenceCommune": "000.01.00.H99"}}""",
                                StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(received.statusCode()).as(received.body()).isBetween(200, 299);
                JsonNode dossier = JSON.readTree(received.body());
                id = dossier.get("id").asText();
                code = dossier.get("code").asText();
                tasksBefore = openTasks(live, id);
                assertThat(tasksBefore).as("the dossier's process waits at a step").isNotEmpty();

                dump = postgres.dump("motcua");
            }

            postgres.createDatabase("motcua_restored");
            postgres.restore(dump, "motcua_restored");
            try (Connection restored = DriverManager.getConnection(postgres.jdbcUrl("motcua_restored"), "postgres", "");
                 PreparedStatement query = restored.prepareStatement("""
                         select d.code, e.business_key_ from dossier d join act_ru_execution e on e.id_ = d.process_instance_id
                         where d.id = ?""")) {
                query.setString(1, id);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).as("the dossier and its process instance are in the restored database").isTrue();
                    assertThat(row.getString(1)).isEqualTo(code);
                    assertThat(row.getString(2)).isEqualTo(id);
                }
            }

            try (ConfigurableApplicationContext afterRestore = start(postgres.jdbcUrl("motcua_restored"))) {
                HttpResponse<String> read = client.send(HttpRequest.newBuilder(uri(afterRestore, "/api/dossiers/" + id))
                        .header("Authorization", COUNTER).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
                assertThat(JSON.readTree(read.body()).get("code").asText()).isEqualTo(code);
                assertThat(openTasks(afterRestore, id)).isEqualTo(tasksBefore);
            }
        }
    }

    /** The open steps (task definition keys) of the dossier's process and the processes it called. */
    private static List<String> openTasks(ConfigurableApplicationContext application, String dossierId) {
        ProcessInstance root = application.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceBusinessKey(dossierId).singleResult();
        List<String> keys = new ArrayList<>();
        application.getBean(TaskService.class).createTaskQuery().list().stream()
                .filter(task -> belongsTo(application, task.getProcessInstanceId(), root.getId()))
                .forEach(task -> keys.add(task.getTaskDefinitionKey()));
        keys.sort(String::compareTo);
        return keys;
    }

    private static boolean belongsTo(ConfigurableApplicationContext application, String instanceId, String rootId) {
        ProcessInstance instance = application.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceId(instanceId).singleResult();
        return instance != null && rootId.equals(instance.getRootProcessInstanceId());
    }

    private static ConfigurableApplicationContext start(String jdbcUrl) {
        return new SpringApplicationBuilder(MotcuaApplication.class)
                .profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("backupTypeExcludeFilter",
                        new TestConfigurationsExcluded()))
                .properties(Map.of("server.port", "0",
                        "spring.datasource.url", jdbcUrl,
                        "spring.datasource.username", "postgres",
                        "spring.datasource.password", "",
                        "camunda.bpm.generate-unique-process-engine-name", "true",
                        "camunda.bpm.webapp.enabled", "false",
                        "camunda.bpm.generate-unique-process-application-name", "true"))
                .run();
    }

    private static URI uri(ConfigurableApplicationContext application, String path) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort() + path);
    }
}
