package vn.motcua.process.civilstatus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.organization.importing.OrganizationUploads;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * Where the applicant resides decides who handles a civil-status matter, and the communes come from the unit tree: a
 * commune added by the units file is offered on the counter's form at once and handles the dossiers of its residents,
 * with no change to any form, BPMN or DMN; a value that is no commune of the province (a department, a center, a
 * name the forms never offered) is refused with 400 on every path, and nothing is written.
 */
@IntegrationTest
class ResidenceCommuneIT {

    private static final String PASSWORD = "test-password";
    private static final String TAN_DINH_CENTER = "000.01.01.H99";
    private static final String HOA_MOI = "000.251.00.H99";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_commune_added_by_the_units_file_is_offered_and_handles_the_births_of_its_residents() throws Exception {
        imported("units", """
                Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cấp trên
                000.251.00.H99;Ủy ban nhân dân phường Hòa Mới;Xã/Phường/Đặc khu;000.00.00.H99
                000.251.01.H99;Trung tâm Phục vụ hành chính công phường Hòa Mới;Trung tâm phục vụ hành chính công;000.251.00.H99
                """);
        imported("officers", """
                Tên đăng nhập;Họ và tên;Mã đơn vị;Vai trò
                hotich.hoamoi;Lã Thị Hộ Tịch;000.251.00.H99;Chuyên viên
                """);

        Map<String, String> offered = communesOffered("tiepnhan.tandinh", "birth-registration");
        assertThat(offered).containsEntry(HOA_MOI, "Phường Hòa Mới").containsEntry("000.01.00.H99", "Phường Tân Định")
                .containsEntry("000.02.00.H99", "Xã Tân An").doesNotContainKey(TAN_DINH_CENTER)
                .doesNotContainKey("000.00.10.H99");
        assertThat(communesOffered("tiepnhan.tandinh", "business-household-registration"))
                .as("a generated step-table form offers the same list").containsEntry(HOA_MOI, "Phường Hòa Mới");

        String applicantId = newCitizenId();
        ResponseEntity<String> started = submitBirth("tiepnhan.tandinh", applicantId, HOA_MOI);

        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        Task appraisal = tasks.createTaskQuery().processInstanceId(json.readTree(started.getBody()).get("id").asText())
                .singleResult();
        assertThat(appraisal.getTaskDefinitionKey()).isEqualTo("Task_Appraise");
        assertThat(tasks.getIdentityLinksForTask(appraisal.getId()).stream().map(IdentityLink::getGroupId))
                .containsExactly(HOA_MOI + ":specialist");
        JsonNode visible = json.readTree(http.withBasicAuth("hotich.hoamoi", PASSWORD)
                .getForEntity("/engine-rest/task?processInstanceId=" + appraisal.getProcessInstanceId(), String.class)
                .getBody());
        assertThat(visible).as("the new commune's officer works the dossier").hasSize(1);
        assertThat(dossiersOf(applicantId)).isEqualTo(1);
    }

    @ParameterizedTest(name = "residence \"{0}\"")
    @ValueSource(strings = {"000.00.10.H99", TAN_DINH_CENTER, "phuong-tan-dinh", "000.999.00.H99"})
    void a_residence_that_is_no_commune_of_the_province_is_refused_on_the_form_and_in_the_api(String residence)
            throws Exception {
        String applicantId = newCitizenId();

        ResponseEntity<String> form = submitBirth("tiepnhan.tandinh", applicantId, residence);
        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(400);
        assertThat(form.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(json.readTree(form.getBody()).get("detail").asText()).contains("residenceCommune");

        ResponseEntity<String> api = http.withBasicAuth("tiepnhan.tandinh", PASSWORD).postForEntity("/api/dossiers",
                jsonEntity("""
                        {"procedureCode": "1.001193", "channel": "COUNTER", "receivingUnit": "%s",
                         "applicant": {"name": "Trần Thị Bình", "idNumber": "%s"}, "completeness": "received",
                         "details": {"childName": "Trần Gia Bảo", "childBirthDate": "2026-11-20", "childSex": "nam",
                                     "birthPlace": "Bệnh viện tỉnh", "residenceCommune": "%s"}}"""
                        .formatted(TAN_DINH_CENTER, applicantId, residence)), String.class);
        assertThat(api.getStatusCode().value()).as(api.getBody()).isEqualTo(400);
        assertThat(api.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(json.readTree(api.getBody()).get("detail").asText()).contains("xã, phường").contains(residence);

        assertThat(dossiersOf(applicantId)).as("no dossier written").isZero();
    }

    private ResponseEntity<String> submitBirth(String officer, String applicantId, String residence) {
        return http.withBasicAuth(officer, PASSWORD).postForEntity(
                "/engine-rest/process-definition/key/birth-registration/submit-form", jsonEntity("""
                        {"variables": {"receivingUnit": {"value": "%s"}, "channel": {"value": "counter"},
                          "applicantName": {"value": "Nguyễn Văn Cư Trú"}, "applicantId": {"value": "%s"},
                          "relationship": {"value": "cha"}, "childName": {"value": "Nguyễn Bé Mới"},
                          "childBirthDate": {"value": "2026-11-30"}, "childSex": {"value": "male"},
                          "birthPlace": {"value": "Bệnh viện"}, "residenceCommune": {"value": "%s"},
                          "docToKhai": {"value": true}, "docGiayChungSinh": {"value": true},
                          "identityShown": {"value": true}, "completeness": {"value": "received"}}}"""
                        .formatted(TAN_DINH_CENTER, applicantId, residence)), String.class);
    }

    /** The residence field's options of a start form as the officer's Tasklist gets it, code to label. */
    private Map<String, String> communesOffered(String officer, String processKey) throws Exception {
        ResponseEntity<String> form = http.withBasicAuth(officer, PASSWORD).getForEntity(
                "/engine-rest/process-definition/key/" + processKey + "/deployed-start-form", String.class);
        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
        List<JsonNode> fields = new ArrayList<>();
        json.readTree(form.getBody()).get("components").forEach(fields::add);
        JsonNode residence = fields.stream().filter(field -> "residenceCommune".equals(field.path("key").asText()))
                .findFirst().orElseThrow();
        assertThat(residence.has("valuesKey")).isFalse();
        Map<String, String> options = new LinkedHashMap<>();
        residence.get("values").forEach(option -> options.put(option.get("value").asText(), option.get("label").asText()));
        return options;
    }

    private void imported(String kind, String csv) {
        ResponseEntity<String> answer = OrganizationUploads.upload(http.withBasicAuth("quantri", PASSWORD), kind,
                kind + ".csv", csv.getBytes(StandardCharsets.UTF_8), "");
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    }

    private long dossiersOf(String applicantId) {
        return jdbc.sql("select count(*) from dossier where applicant_id_number = ?").param(applicantId)
                .query(Long.class).single();
    }

    private static String newCitizenId() {
        return "0792" + String.format("%08d", System.nanoTime() % 100_000_000L);
    }
}
