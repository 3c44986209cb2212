package vn.motcua.platform.engineapi;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A counter officer's Tasklist start form offers only their own center, preselected, and only the counter
 * and the post as channels: the form as Tasklist loads it ({@code deployed-start-form} of the webapps'
 * engine API) and as {@code /engine-rest} serves it, hand-written and generated procedures alike; the online
 * check, which shows the start form as its task form, keeps the dossier's center and channel.
 */
@IntegrationTest
class ReceptionFormOptionsIT {

    private static final String PASSWORD = "test-password";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Test
    void each_counter_officer_sees_only_their_own_center_in_the_tasklist_start_form() throws Exception {
        assertCenters(tasklistStartForm("tiepnhan.tandinh", "birth-registration"), "000.01.01.H99",
                "Trung tâm Phục vụ hành chính công phường Tân Định");
        assertCenters(tasklistStartForm("tiepnhan.tanan", "birth-registration"), "000.02.01.H99",
                "Trung tâm Phục vụ hành chính công xã Tân An");
        assertCenters(tasklistStartForm("tiepnhan.kinhbac", "land-first-registration"), "000.03.01.H99",
                "Trung tâm Phục vụ hành chính công phường Kinh Bắc");
    }

    @Test
    void the_engine_rest_api_serves_the_same_start_form() throws Exception {
        ResponseEntity<String> form = http.withBasicAuth("tiepnhan.tanan", PASSWORD).getForEntity(
                "/engine-rest/process-definition/key/certified-copy/deployed-start-form", String.class);
        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
        assertCenters(json.readTree(form.getBody()), "000.02.01.H99", "Trung tâm Phục vụ hành chính công xã Tân An");
    }

    @Test
    void an_officer_who_receives_nowhere_is_offered_no_center() throws Exception {
        ResponseEntity<String> form = http.withBasicAuth("quantri", PASSWORD).getForEntity(
                "/engine-rest/process-definition/key/birth-registration/deployed-start-form", String.class);
        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
        assertThat(field(json.readTree(form.getBody()), "receivingUnit").get("values")).isEmpty();
    }

    @Test
    void the_online_check_reusing_the_start_form_keeps_the_dossiers_center_and_its_online_channel() throws Exception {
        String applicantId = "0795" + System.nanoTime() % 100_000_000L;
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "form-options-" + applicantId);
        ResponseEntity<String> filed = http.withBasicAuth("dvcqg", "portal-test-secret").postForEntity(
                "/api/dossiers/online", new HttpEntity<>("""
                        {"procedureCode": "1.001193", "receivingUnit": "000.02.01.H99",
                         "applicant": {"name": "Lê Văn Cường", "idNumber": "%s"},
                         "details": {"childName": "Lê Minh Anh", "residenceCommune": "000.02.00.H99"}}""".formatted(
                        String.format("%12s", applicantId).replace(' ', '0')), headers), String.class);
        assertThat(filed.getStatusCode().value()).as(filed.getBody()).isEqualTo(201);
        String dossierId = json.readTree(filed.getBody()).get("id").asText();
        TestRestTemplate tanAn = http.withBasicAuth("tiepnhan.tanan", PASSWORD);
        JsonNode tasks = json.readTree(tanAn.getForEntity("/engine-rest/task?processInstanceBusinessKey=" + dossierId,
                String.class).getBody());
        assertThat(tasks).hasSize(1);

        ResponseEntity<String> form = tanAn.getForEntity("/engine-rest/task/" + tasks.get(0).get("id").asText()
                + "/deployed-form", String.class);

        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
        JsonNode unit = field(json.readTree(form.getBody()), "receivingUnit");
        assertThat(unit.get("values")).hasSize(1);
        assertThat(unit.get("values").get(0).get("value").asText()).isEqualTo("000.02.01.H99");
        List<String> channels = new ArrayList<>();
        field(json.readTree(form.getBody()), "channel").get("values")
                .forEach(value -> channels.add(value.get("value").asText()));
        assertThat(channels).contains("online");
    }

    private JsonNode tasklistStartForm(String officer, String processKey) throws Exception {
        OfficerSession session = OfficerSession.login(port, officer, PASSWORD);
        assertThat(session.signedIn()).isTrue();
        HttpResponse<String> definition = session.get("/camunda/api/engine/engine/default/process-definition/key/"
                + processKey);
        String id = json.readTree(definition.body()).get("id").asText();
        HttpResponse<String> form = session.get("/camunda/api/engine/engine/default/process-definition/" + id
                + "/deployed-start-form");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        return json.readTree(form.body());
    }

    private static void assertCenters(JsonNode form, String code, String name) {
        JsonNode unit = field(form, "receivingUnit");
        assertThat(unit.has("valuesKey")).isFalse();
        assertThat(unit.get("values")).hasSize(1);
        assertThat(unit.get("values").get(0).get("value").asText()).isEqualTo(code);
        assertThat(unit.get("values").get(0).get("label").asText()).isEqualTo(name);
        assertThat(unit.get("defaultValue").asText()).isEqualTo(code);
        List<String> channels = new ArrayList<>();
        field(form, "channel").get("values").forEach(value -> channels.add(value.get("value").asText()));
        assertThat(channels).containsExactly("counter", "post");
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode component : form.get("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("No field " + key + " in " + form);
    }
}
