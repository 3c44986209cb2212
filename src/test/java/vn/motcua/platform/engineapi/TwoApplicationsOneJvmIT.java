package vn.motcua.platform.engineapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.IntegrationTest;
import vn.motcua.MotcuaApplication;
import vn.motcua.OfficerSession;
import vn.motcua.postgres.EmbeddedPostgresDatabase;
import vn.motcua.postgres.TestConfigurationsExcluded;

/**
 * Two applications in one JVM, as Spring's test context cache keeps them (a test class with other properties gets
 * a context of its own), both with the engine named "default" that the webapps' URLs use and both with the webapps.
 * Camunda's engine registry is JVM-wide and keyed by that name (the engine started last takes the name, closing it
 * removes the name), and so are the webapps' runtime delegates (set when an application starts, cleared when one
 * stops). Each application's engine REST, Tasklist and Cockpit must still answer with its own engine, on its own
 * database, while the other runs and after it stopped.
 */
@IntegrationTest
class TwoApplicationsOneJvmIT {

    private static final String PASSWORD = "test-password";

    @Autowired
    ProcessEngine engine;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void each_application_answers_with_its_own_engine_while_another_runs_and_after_it_stopped() throws Exception {
        String businessKey = "HS-HAI-UNG-DUNG-" + UUID.randomUUID();
        engine.getRepositoryService().createDeployment().name("two-applications").enableDuplicateFiltering(true)
                .addModelInstance("two-applications.bpmn", Bpmn.createExecutableProcess("two-applications")
                        .camundaHistoryTimeToLive(1).startEvent().receiveTask("Wait").done())
                .deploy();
        engine.getRuntimeService().startProcessInstanceByKey("two-applications", businessKey);
        String count = "process-instance/count?businessKey=" + businessKey;
        String cockpitCount = "/camunda/api/cockpit/plugin/base/default/process-instance/count";
        String byBusinessKey = "{\"businessKey\": \"" + businessKey + "\"}";
        OfficerSession tasklist = OfficerSession.login(port, "quantri", PASSWORD);

        // every answer is checked, so that a failure shows both moments: while the other runs and after it stopped
        SoftAssertions softly = new SoftAssertions();
        String database = "two_apps_" + UUID.randomUUID().toString().substring(0, 8);
        String jdbcUrl = EmbeddedPostgresDatabase.leaseNewDatabase(database);
        try (ConfigurableApplicationContext other = startAnother(jdbcUrl)) {
            int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            softly.assertThat(engineRest(port, count)).as("engine REST while another application runs").isEqualTo("{\"count\":1}");
            softly.assertThat(tasklist.get("/camunda/api/engine/engine/default/" + count).body())
                    .as("the Tasklist's engine API while another application runs").isEqualTo("{\"count\":1}");
            softly.assertThat(engineRest(otherPort, count)).as("the other application's engine REST").isEqualTo("{\"count\":0}");
            // the other application's Cockpit asks first, then this one's
            softly.assertThat(OfficerSession.login(otherPort, "quantri", PASSWORD).toWebapp("POST", cockpitCount, byBusinessKey)
                    .body()).as("the other application's Cockpit").isEqualTo("{\"count\":0}");
            softly.assertThat(tasklist.toWebapp("POST", cockpitCount, byBusinessKey).body())
                    .as("Cockpit while another application runs").isEqualTo("{\"count\":1}");
        } finally {
            EmbeddedPostgresDatabase.release();
        }

        softly.assertThat(engineRest(port, count)).as("engine REST after the other application stopped").isEqualTo("{\"count\":1}");
        softly.assertThat(tasklist.get("/camunda/api/engine/engine/default/" + count).body())
                .as("the Tasklist's engine API after the other application stopped").isEqualTo("{\"count\":1}");
        softly.assertThat(tasklist.get("/camunda/app/tasklist/default/").statusCode())
                .as("the Tasklist's page after the other application stopped").isEqualTo(200);
        softly.assertThat(tasklist.toWebapp("POST", cockpitCount, byBusinessKey).body())
                .as("Cockpit after the other application stopped").isEqualTo("{\"count\":1}");
        softly.assertAll();
    }

    /** Its own database, the same engine name, the webapps. */
    private static ConfigurableApplicationContext startAnother(String jdbcUrl) {
        return new SpringApplicationBuilder(MotcuaApplication.class)
                .profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("twoApplicationsTypeExcludeFilter",
                        new TestConfigurationsExcluded()))
                .properties(Map.of("server.port", "0",
                        "spring.datasource.url", jdbcUrl,
                        "spring.datasource.username", "postgres",
                        "spring.datasource.password", "postgres"))
                .run();
    }

    private String engineRest(int port, String path) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("quantri:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? answer.body() : answer.statusCode() + " " + answer.body();
    }
}
