package vn.motcua.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer sees and works only the tasks of their own unit, through /engine-rest and through the
 * Tasklist's API alike: a birth registration handled by Tân Định is invisible to Tân An.
 */
@IntegrationTest
class UnitIsolationIT {

    private static final String PASSWORD = "test-password";

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    private String applicant;
    private Task tanDinhTask;

    @BeforeEach
    void aDossierHandledByTanDinh() {
        applicant = "Người thử " + UUID.randomUUID();
        var instance = engine.getRuntimeService().startProcessInstanceByKey("birth-registration", Map.of(
                "receivingUnit", "000.01.01.H99", "applicantName", applicant, "applicantId", "079201009999",
                "residenceCommune", "000.01.00.H99", "completeness", "received",
                "apologyAt", Instant.now().plus(Duration.ofDays(1)).toString()));
        tanDinhTask = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    @Test
    void an_officer_of_another_commune_cannot_list_read_claim_or_complete_the_task() {
        TestRestTemplate tanAn = http.withBasicAuth("hotich.tanan", PASSWORD);
        String id = tanDinhTask.getId();

        ResponseEntity<String> list = tanAn.getForEntity("/engine-rest/task?processInstanceId="
                + tanDinhTask.getProcessInstanceId(), String.class);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getBody()).isEqualTo("[]");

        for (ResponseEntity<String> answer : List.of(
                tanAn.getForEntity("/engine-rest/task/" + id, String.class),
                tanAn.getForEntity("/engine-rest/task/" + id + "/variables", String.class),
                tanAn.postForEntity("/engine-rest/task/" + id + "/claim", json("{\"userId\":\"hotich.tanan\"}"), String.class),
                tanAn.postForEntity("/engine-rest/task/" + id + "/complete", json("{}"), String.class))) {
            assertThat(answer.getStatusCode().value()).isIn(403, 404);
            assertThat(answer.getBody()).doesNotContain(applicant);
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();
    }

    @Test
    void the_other_communes_tasklist_shows_nothing_of_it() {
        OfficerSession kinhBac = OfficerSession.login(port, "hotich.kinhbac", PASSWORD);
        var answer = kinhBac.get("/camunda/api/engine/engine/default/task?processInstanceId="
                + tanDinhTask.getProcessInstanceId());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("[]");
    }

    @Test
    void the_officer_of_the_handling_unit_lists_claims_and_completes_it() {
        TestRestTemplate tanDinh = http.withBasicAuth("hotich.tandinh", PASSWORD);
        String id = tanDinhTask.getId();

        assertThat(tanDinh.getForEntity("/engine-rest/task?processInstanceId="
                + tanDinhTask.getProcessInstanceId(), String.class).getBody()).contains(id);
        assertThat(tanDinh.getForEntity("/engine-rest/task/" + id + "/variables", String.class).getBody())
                .contains(applicant);
        assertThat(tanDinh.postForEntity("/engine-rest/task/" + id + "/claim",
                json("{\"userId\":\"hotich.tandinh\"}"), String.class).getStatusCode().value()).isEqualTo(204);
        assertThat(tanDinh.postForEntity("/engine-rest/task/" + id + "/complete", json("""
                {"variables": {"registrationNumber": {"value": "1/2025"}, "appraisalNote": {"value": "Đủ"}}}"""),
                String.class).getStatusCode().value()).isEqualTo(204);

        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(tanDinhTask.getProcessInstanceId())
                .singleResult().getTaskDefinitionKey()).isEqualTo("Task_Sign");
    }

    @Test
    void a_commune_supervisor_sees_the_instance_in_cockpit_and_another_communes_supervisor_does_not() {
        TestRestTemplate tanDinhSupervisor = http.withBasicAuth("giamsat.tandinh", PASSWORD);
        TestRestTemplate province = http.withBasicAuth("giamsat.tinh", PASSWORD);
        TestRestTemplate tanAnLeader = http.withBasicAuth("lanhdao.tanan", PASSWORD);
        String query = "/engine-rest/process-instance?processInstanceIds=" + tanDinhTask.getProcessInstanceId();

        assertThat(tanDinhSupervisor.getForEntity(query, String.class).getBody())
                .contains(tanDinhTask.getProcessInstanceId());
        assertThat(province.getForEntity(query, String.class).getBody())
                .contains(tanDinhTask.getProcessInstanceId());
        assertThat(tanAnLeader.getForEntity(query, String.class).getBody()).isEqualTo("[]");
    }

    @Test
    void anonymous_calls_to_engine_rest_and_our_api_get_401() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.getForEntity("/api/organization/units", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.exchange("/engine-rest/task/" + tanDinhTask.getId() + "/complete", HttpMethod.POST,
                json("{}"), String.class).getStatusCode().value()).isEqualTo(401);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
