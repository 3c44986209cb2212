package vn.motcua.design.rollout;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/** Two versions of a small process and running instances: dry run, then migration of those that can. */
@IntegrationTest
class ProcessMigrationIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    private final String key = "rollout-test-" + UUID.randomUUID().toString().substring(0, 8);

    /** Appraise then approve (form and due date, as the deploy-time lint asks); version 2 replaces approval by signing, so a dossier waiting for approval cannot move. */
    private BpmnModelInstance version(String lastStep) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent("Start")
                .userTask("Task_Appraise").name("Thẩm định").camundaCandidateGroups("000.00.01.H99:specialist")
                .camundaFormKey("rollout-test-appraise").camundaDueDate("P1D")
                .userTask(lastStep).name("Phê duyệt").camundaCandidateGroups("000.00.01.H99:leader")
                .camundaFormKey("rollout-test-decide").camundaDueDate("P1D")
                .endEvent("End").done();
    }

    private ResponseEntity<String> post(TestRestTemplate as, String body) {
        return as.postForEntity("/api/catalog/migrations", jsonEntity(body), String.class);
    }

    @Test
    void a_dry_run_lists_the_dossiers_and_those_that_cannot_migrate_then_the_others_move() throws Exception {
        repository.createDeployment().name(key).addModelInstance(key + ".bpmn", version("Task_Approve")).deploy();
        TestRestTemplate counter = http.withBasicAuth("tiepnhan.tandinh", "test-password");
        JsonNode dossier = json.readTree(counter.postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", "079201031111")), String.class).getBody());
        ProcessInstance appraising = runtime.startProcessInstanceByKey(key, dossier.get("id").asText());
        ProcessInstance approving = runtime.startProcessInstanceByKey(key);
        tasks.complete(tasks.createTaskQuery().processInstanceId(approving.getId()).singleResult().getId());
        repository.createDeployment().name(key).addModelInstance(key + ".bpmn", version("Task_Sign")).deploy();
        TestRestTemplate designer = http.withBasicAuth("thietke", "test-password");

        assertThat(post(counter, "{\"processKey\": \"" + key + "\", \"sourceVersion\": 1}").getStatusCode().value())
                .isEqualTo(403);
        ResponseEntity<String> dryRun = post(designer, "{\"processKey\": \"" + key + "\", \"sourceVersion\": 1}");
        assertThat(dryRun.getStatusCode().value()).as(dryRun.getBody()).isEqualTo(200);
        JsonNode report = json.readTree(dryRun.getBody());
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("targetVersion").asInt()).isEqualTo(2);
        assertThat(report.get("instances")).hasSize(2);
        assertThat(report.get("migratable").asInt()).isEqualTo(1);
        assertThat(report.get("migrated").asInt()).isZero();
        JsonNode movable = instance(report, appraising.getId());
        assertThat(movable.get("canMigrate").asBoolean()).isTrue();
        assertThat(movable.get("dossierCode").asText()).isEqualTo(dossier.get("code").asText());
        assertThat(movable.get("activities").get(0).asText()).isEqualTo("Task_Appraise");
        JsonNode stuck = instance(report, approving.getId());
        assertThat(stuck.get("canMigrate").asBoolean()).isFalse();
        assertThat(stuck.get("activities").get(0).asText()).isEqualTo("Task_Approve");
        assertThat(stuck.get("reasons").toString()).contains("Task_Approve");
        assertThat(definitionVersion(appraising.getId())).isEqualTo(1);

        JsonNode applied = json.readTree(post(designer,
                "{\"processKey\": \"" + key + "\", \"sourceVersion\": 1, \"targetVersion\": 2, \"dryRun\": false}").getBody());
        assertThat(applied.get("migrated").asInt()).isEqualTo(1);
        assertThat(definitionVersion(appraising.getId())).isEqualTo(2);
        assertThat(definitionVersion(approving.getId())).isEqualTo(1);
        tasks.complete(tasks.createTaskQuery().processInstanceId(appraising.getId()).singleResult().getId());
        assertThat(tasks.createTaskQuery().processInstanceId(appraising.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_Sign");

        ResponseEntity<String> backwards = post(designer,
                "{\"processKey\": \"" + key + "\", \"sourceVersion\": 2, \"targetVersion\": 1}");
        assertThat(backwards.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(backwards.getBody()).get("detail").asText()).contains("phải mới hơn");
    }

    private int definitionVersion(String processInstanceId) {
        String definitionId = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getProcessDefinitionId();
        return repository.getProcessDefinition(definitionId).getVersion();
    }

    private static JsonNode instance(JsonNode report, String processInstanceId) {
        for (JsonNode instance : report.get("instances")) {
            if (instance.get("processInstanceId").asText().equals(processInstanceId)) {
                return instance;
            }
        }
        throw new AssertionError("no instance " + processInstanceId);
    }
}
