package vn.motcua.design.deployment;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EngineFoundationIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessResourceDeployment deployment;

    @Test
    void history_is_cleaned_up_at_night_in_vietnam_and_keeps_no_row_per_variable_update() {
        List<Job> cleanup = engine.getHistoryService().findHistoryCleanupJobs();
        assertThat(cleanup).as("a history cleanup job is scheduled").isNotEmpty();
        LocalTime due = cleanup.get(0).getDuedate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalTime();
        assertThat(due.isBefore(LocalTime.of(5, 0)) || !due.isBefore(LocalTime.of(22, 0)))
                .as("due at %s, Vietnam time", due).isTrue();
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel().getName())
                .isEqualTo("dossier");
    }

    @Test
    void the_engine_runs_on_postgresql() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
        assertThat(engine.getName()).isEqualTo("default");
    }

    @Test
    void every_process_decision_and_form_is_deployed_together_in_one_deployment() {
        var repository = engine.getRepositoryService();
        String birthDeployment = repository.createProcessDefinitionQuery()
                .processDefinitionKey("birth-registration").latestVersion().singleResult().getDeploymentId();

        List<String> resources = repository.getDeploymentResourceNames(birthDeployment);
        assertThat(resources).contains(
                "processes/civil-status/birth-registration.bpmn",
                "processes/routing/civil-status-handling-unit.dmn",
                "forms/birth-registration-start.form",
                "forms/birth-registration-appraisal.form",
                "forms/birth-registration-signing.form",
                "forms/birth-registration-return.form");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("civil-status-handling-unit")
                .latestVersion().singleResult().getDeploymentId()).isEqualTo(birthDeployment);
    }

    @Test
    void a_restart_without_changes_deploys_nothing_new() {
        var repository = engine.getRepositoryService();
        long before = repository.createDeploymentQuery().count();

        deployment.postProcessEngineBuild(engine);

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("birth-registration").count())
                .isEqualTo(1);
    }

    @Test
    void health_is_up_and_open_to_anonymous_callers() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"");
    }
}
