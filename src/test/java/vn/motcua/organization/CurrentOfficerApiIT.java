package vn.motcua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.IntegrationTest;

/** GET /api/officers/me: the signed-in officer's name and units, for the webapps' header. */
@IntegrationTest
class CurrentOfficerApiIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void a_reception_officer_reads_their_name_and_their_service_center() {
        ResponseEntity<JsonNode> me = http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .getForEntity("/api/officers/me", JsonNode.class);

        assertThat(me.getStatusCode().value()).isEqualTo(200);
        JsonNode body = me.getBody();
        assertThat(body.path("username").asText()).isEqualTo("tiepnhan.tandinh");
        assertThat(body.path("fullName").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(body.path("units")).hasSize(1);
        JsonNode unit = body.path("units").get(0);
        assertThat(unit.path("code").asText()).isEqualTo("000.01.01.H99");
        assertThat(unit.path("name").asText()).isEqualTo("Trung tâm Phục vụ hành chính công phường Tân Định");
        assertThat(unit.path("role").asText()).isEqualTo("RECEPTION");
        assertThat(unit.path("roleLabel").asText()).isEqualTo("Tiếp nhận và trả kết quả");
    }

    @Test
    void the_administrator_sees_their_unit_but_not_the_camunda_admin_group() {
        JsonNode body = http.withBasicAuth("quantri", "test-password")
                .getForEntity("/api/officers/me", JsonNode.class).getBody();

        assertThat(body.path("units").findValuesAsText("code")).containsOnly("000.00.01.H99");
        assertThat(body.path("units").findValuesAsText("role")).contains("ADMINISTRATOR");
    }

    @Test
    void without_signing_in_the_answer_is_401_problem_json() {
        ResponseEntity<String> me = http.getForEntity("/api/officers/me", String.class);

        assertThat(me.getStatusCode().value()).isEqualTo(401);
        assertThat(me.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }
}
