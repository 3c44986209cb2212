package vn.motcua.dossier;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;
import vn.motcua.platform.engine.RefusedEngineRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * Who may start what: a process attaches only to a dossier without one, started by a reception officer of
 * the dossier's center; a Tasklist start registers the dossier for the signed-in officer's own center, by
 * the counter or post only; the shared building blocks cannot be started on their own. Refusals answer
 * 4xx problem+json through both engine REST APIs and through the engine's Java API for a signed-in user.
 */
@IntegrationTest
class ProcessStartRulesIT {

    private static final String PASSWORD = "test-password";
    private static final String TAN_DINH = "000.01.01.H99";
    private static final String TAN_AN = "000.02.01.H99";
    private static final String TASKLIST_ENGINE = "/camunda/api/engine/engine/default";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @AfterEach
    void signOutOfTheEngine() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void an_officer_of_another_center_cannot_re_point_a_dossier_to_a_new_process() {
        Dossier tanDinh = counterDossier();
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication("tiepnhan.tanan", groupsOf("tiepnhan.tanan"));

        Throwable refused = catchThrowable(() -> engine.getRuntimeService().startProcessInstanceByKey(
                "birth-registration", Map.of("dossierId", tanDinh.id(), "receivingUnit", TAN_AN)));

        assertThat(RefusedEngineRequest.in(refused)).as(String.valueOf(refused)).get()
                .extracting(RefusedEngineRequest::status).isEqualTo(403);
        identity.clearAuthentication();
        assertThat(dossiers.find(tanDinh.id()).orElseThrow().processInstanceId()).isEqualTo(tanDinh.processInstanceId());
        assertThat(http.withBasicAuth("tiepnhan.tanan", PASSWORD)
                .getForEntity("/api/dossiers/" + tanDinh.id(), String.class).getStatusCode().value()).isIn(403, 404);
    }

    @Test
    void the_same_attack_through_engine_rest_is_refused_and_changes_nothing() throws Exception {
        Dossier tanDinh = counterDossier();

        ResponseEntity<String> answer = http.withBasicAuth("tiepnhan.tanan", PASSWORD).postForEntity(
                "/engine-rest/process-definition/key/birth-registration/start",
                jsonEntity("{\"variables\": {\"dossierId\": {\"value\": \"" + tanDinh.id() + "\"}}}"), String.class);

        // 403 from the start rule (or 400 where a request filter refuses the platform variable first)
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(400, 403);
        assertThat(answer.getHeaders().getContentType())
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(dossiers.find(tanDinh.id()).orElseThrow().processInstanceId()).isEqualTo(tanDinh.processInstanceId());
        assertThat(http.withBasicAuth("tiepnhan.tanan", PASSWORD)
                .getForEntity("/api/dossiers/" + tanDinh.id(), String.class).getStatusCode().value()).isIn(403, 404);
    }

    @Test
    void a_dossier_that_has_a_process_gets_no_second_one_even_from_its_own_center() {
        Dossier tanDinh = counterDossier();
        engine.getIdentityService().setAuthentication("tiepnhan.tandinh", groupsOf("tiepnhan.tandinh"));

        Throwable refused = catchThrowable(() -> engine.getRuntimeService().startProcessInstanceByKey(
                "birth-registration", Map.of("dossierId", tanDinh.id(), "receivingUnit", TAN_DINH)));

        assertThat(RefusedEngineRequest.in(refused)).as(String.valueOf(refused)).get()
                .extracting(RefusedEngineRequest::status).isEqualTo(409);
        engine.getIdentityService().clearAuthentication();
        assertThat(dossiers.find(tanDinh.id()).orElseThrow().processInstanceId()).isEqualTo(tanDinh.processInstanceId());
    }

    @Test
    void a_tasklist_start_is_received_by_the_signed_in_officer_whatever_officer_the_form_names() throws Exception {
        String refusedId = newCitizenId();
        HttpResponse<String> naming = signedIn("tiepnhan.tandinh").postToWebapp(TASKLIST_ENGINE
                + "/process-definition/key/birth-registration/submit-form", startForm(TAN_DINH, "counter", refusedId,
                ", \"receptionOfficer\": {\"value\": \"lanhdao.tandinh\"}"));
        // through the engine's APIs a start naming a reception officer is refused outright (PlatformVariablesFilter)
        assertThat(naming.statusCode()).as(naming.body()).isEqualTo(400);
        assertThat(json.readTree(naming.body()).get("variable").asText()).isEqualTo("receptionOfficer");
        assertThat(dossiers.findByApplicant(refusedId)).isEmpty();

        // and behind that guard the process itself takes the signed-in officer, whatever it was given
        String applicantId = newCitizenId();
        Map<String, Object> form = new HashMap<>();
        json.readTree(startForm(TAN_DINH, "counter", applicantId, "")).get("variables").fields()
                .forEachRemaining(field -> form.put(field.getKey(), field.getValue().get("value").asText()));
        form.put("receptionOfficer", "lanhdao.tandinh");
        engine.getIdentityService().setAuthentication("tiepnhan.tandinh", groupsOf("tiepnhan.tandinh"));
        String instanceId;
        try {
            instanceId = engine.getRuntimeService().startProcessInstanceByKey("birth-registration", form).getId();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(engine.getRuntimeService().getVariable(instanceId, "receptionOfficer")).isEqualTo("tiepnhan.tandinh");
        assertThat(dossiers.findByApplicant(applicantId)).singleElement()
                .extracting(Dossier::createdBy, Dossier::receivingUnit).containsExactly("tiepnhan.tandinh", TAN_DINH);
    }

    @Test
    void a_tasklist_start_for_a_center_the_officer_does_not_serve_is_403_through_both_engine_apis() throws Exception {
        String applicantId = newCitizenId();

        HttpResponse<String> tasklist = signedIn("tiepnhan.tandinh").postToWebapp(TASKLIST_ENGINE
                + "/process-definition/key/birth-registration/submit-form", startForm(TAN_AN, "counter", applicantId, ""));
        ResponseEntity<String> rest = http.withBasicAuth("tiepnhan.tandinh", PASSWORD).postForEntity(
                "/engine-rest/process-definition/key/birth-registration/submit-form",
                jsonEntity(startForm(TAN_AN, "counter", applicantId, "")), String.class);

        assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(403);
        assertThat(tasklist.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(tasklist.body()).get("detail").asText()).contains("không phải cán bộ tiếp nhận");
        assertThat(rest.getStatusCode().value()).as(rest.getBody()).isEqualTo(403);
        assertThat(rest.getHeaders().getContentType())
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(dossiers.findByApplicant(applicantId)).isEmpty();
    }

    @Test
    void an_online_dossier_cannot_be_started_from_the_tasklist() throws Exception {
        String applicantId = newCitizenId();

        HttpResponse<String> answer = signedIn("tiepnhan.tandinh").postToWebapp(TASKLIST_ENGINE
                + "/process-definition/key/birth-registration/submit-form", startForm(TAN_DINH, "online", applicantId, ""));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(json.readTree(answer.body()).get("detail").asText()).contains("trực tuyến");
        assertThat(dossiers.findByApplicant(applicantId)).isEmpty();
    }

    @Test
    void a_tasklist_start_form_with_an_invalid_applicant_id_is_400_not_500() throws Exception {
        HttpResponse<String> answer = signedIn("tiepnhan.tandinh").postToWebapp(TASKLIST_ENGINE
                + "/process-definition/key/birth-registration/submit-form", startForm(TAN_DINH, "counter", "123", ""));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(json.readTree(answer.body()).get("detail").asText()).contains("\"123\" không hợp lệ");
        assertThat(dossiers.findByApplicant("123")).isEmpty();
    }

    @Test
    void a_shared_building_block_cannot_be_started_on_its_own_through_any_api() throws Exception {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("common-supplement")
                .count();

        ResponseEntity<String> admin = http.withBasicAuth("quantri", PASSWORD).postForEntity(
                "/engine-rest/process-definition/key/common-supplement/start", jsonEntity("{}"), String.class);
        ResponseEntity<String> officer = http.withBasicAuth("tiepnhan.tandinh", PASSWORD).postForEntity(
                "/engine-rest/process-definition/key/common-supplement/submit-form", jsonEntity("{}"), String.class);
        HttpResponse<String> tasklist = signedIn("tiepnhan.tandinh").postToWebapp(TASKLIST_ENGINE
                + "/process-definition/key/common-supplement/submit-form", "{\"variables\": {}}");
        engine.getIdentityService().setAuthentication("quantri", groupsOf("quantri"));
        Throwable javaApi = catchThrowable(() -> engine.getRuntimeService().startProcessInstanceByKey("common-supplement"));
        engine.getIdentityService().clearAuthentication();

        for (ResponseEntity<String> answer : List.of(admin, officer)) {
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType())
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            assertThat(answer.getBody()).contains("chỉ chạy như một bước của thủ tục");
        }
        assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(400);
        assertThat(RefusedEngineRequest.in(javaApi)).as(String.valueOf(javaApi)).get()
                .extracting(RefusedEngineRequest::status).isEqualTo(400);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("common-supplement")
                .count()).isEqualTo(before);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("common-supplement")
                .latestVersion().singleResult().isStartableInTasklist()).isFalse();
    }

    private Dossier counterDossier() {
        String applicantId = newCitizenId();
        ResponseEntity<String> created = http.withBasicAuth("tiepnhan.tandinh", PASSWORD).postForEntity("/api/dossiers",
                jsonEntity(DossierRequests.birthRegistration("received", applicantId)), String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        Dossier dossier = dossiers.findByApplicant(applicantId).get(0);
        assertThat(dossier.processInstanceId()).isNotNull();
        return dossier;
    }

    private OfficerSession signedIn(String officer) {
        OfficerSession session = OfficerSession.login(port, officer, PASSWORD);
        assertThat(session.signedIn()).isTrue();
        return session;
    }

    private List<String> groupsOf(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(group -> group.getId()).toList();
    }

    private static String startForm(String receivingUnit, String channel, String applicantId, String extra) {
        return """
                {"variables": {"receivingUnit": {"value": "%s"}, "channel": {"value": "%s"},
                 "applicantName": {"value": "Đỗ Thị Hoa"}, "applicantId": {"value": "%s"},
                 "applicantAddress": {"value": "12 Lê Lợi"}, "relationship": {"value": "me"},
                 "childName": {"value": "Đỗ Minh Khang"}, "childBirthDate": {"value": "2026-11-30T00:00"},
                 "childSex": {"value": "nam"}, "birthPlace": {"value": "Trạm y tế"},
                 "residenceCommune": {"value": "000.01.00.H99"}, "completeness": {"value": "received"}%s}}"""
                .formatted(receivingUnit, channel, applicantId, extra);
    }

    private static String newCitizenId() {
        return "0792" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
