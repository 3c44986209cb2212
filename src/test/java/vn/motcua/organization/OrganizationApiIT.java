package vn.motcua.organization;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators manage units and officers; Camunda's identity store is the same data. */
@IntegrationTest
class OrganizationApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @Autowired
    OrganizationService organization;

    @Test
    void an_administrator_adds_a_ward_and_an_officer_who_then_exist_as_camunda_group_and_user() {
        TestRestTemplate admin = http.withBasicAuth("quantri", "test-password");

        ResponseEntity<String> unit = admin.exchange("/api/organization/units/000.04.00.H99", HttpMethod.PUT,
                json("""
                        {"name": "Ủy ban nhân dân phường Hòa Bình", "kind": "COMMUNE", "parent": "000.00.00.H99"}"""),
                String.class);
        assertThat(unit.getStatusCode().value()).isEqualTo(200);
        assertThat(identity.createGroupQuery().groupId("000.04.00.H99:specialist").count()).isEqualTo(1);

        ResponseEntity<String> officer = admin.exchange("/api/organization/officers/hotich.hoabinh", HttpMethod.PUT,
                json("""
                        {"name": "Lương Thị Hoa", "unit": "000.04.00.H99", "roles": ["SPECIALIST"],
                         "initialPassword": "mat-khau-ban-dau-2025"}"""), String.class);
        assertThat(officer.getStatusCode().value()).isEqualTo(200);
        assertThat(officer.getBody()).contains("\"unitCode\":\"000.04.00.H99\"").contains("SPECIALIST");
        assertThat(identity.createUserQuery().memberOfGroup("000.04.00.H99:specialist").userId("hotich.hoabinh")
                .count()).isEqualTo(1);
        assertThat(identity.checkPassword("hotich.hoabinh", "mat-khau-ban-dau-2025")).isTrue();
    }

    @Test
    void a_role_given_in_camunda_admin_shows_in_our_api() {
        identity.createMembership("lanhdao.kinhbac", "000.03.00.H99:supervisor");
        try {
            ResponseEntity<String> officers = http.withBasicAuth("quantri", "test-password")
                    .getForEntity("/api/organization/officers", String.class);
            assertThat(officers.getBody()).containsPattern(
                    "\"username\":\"lanhdao.kinhbac\"[^}]*\"roles\":\\[\"LEADER\",\"SUPERVISOR\"]");
        } finally {
            identity.deleteMembership("lanhdao.kinhbac", "000.03.00.H99:supervisor");
        }
    }

    @Test
    void officers_who_are_not_administrators_may_read_units_but_not_change_them() {
        TestRestTemplate specialist = http.withBasicAuth("hotich.tandinh", "test-password");

        assertThat(specialist.getForEntity("/api/organization/units", String.class).getBody())
                .contains("Sở Tư pháp");
        ResponseEntity<String> change = specialist.exchange("/api/organization/units/000.05.00.H99", HttpMethod.PUT,
                json("{\"name\": \"X\", \"kind\": \"COMMUNE\", \"parent\": \"000.00.00.H99\"}"), String.class);
        assertThat(change.getStatusCode().value()).isEqualTo(403);
        assertThat(change.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(organization.unit("000.05.00.H99")).isEmpty();
    }

    @Test
    void bad_input_gets_a_clear_400_and_changes_nothing() {
        TestRestTemplate admin = http.withBasicAuth("quantri", "test-password");

        ResponseEntity<String> unknownParent = admin.exchange("/api/organization/units/000.06.00.H99", HttpMethod.PUT,
                json("{\"name\": \"Xã Mới\", \"kind\": \"COMMUNE\", \"parent\": \"999\"}"), String.class);
        assertThat(unknownParent.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownParent.getBody()).contains("Không có đơn vị cấp trên mã 999");

        ResponseEntity<String> malformed = admin.exchange("/api/organization/units/000.06.00.H99", HttpMethod.PUT,
                json("{\"name\": \"Xã Mới\", \"kind\": "), String.class);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody()).contains("JSON");

        ResponseEntity<String> unknownKind = admin.exchange("/api/organization/units/000.06.00.H99", HttpMethod.PUT,
                json("{\"name\": \"Xã Mới\", \"kind\": \"DISTRICT\"}"), String.class);
        assertThat(unknownKind.getStatusCode().value()).isEqualTo(400);

        ResponseEntity<String> officerInUnknownUnit = admin.exchange("/api/organization/officers/ai.do",
                HttpMethod.PUT, json("""
                        {"name": "Ai Đó", "unit": "000.99.00.H99", "roles": ["SPECIALIST"],
                         "initialPassword": "mat-khau-ban-dau-2025"}"""), String.class);
        assertThat(officerInUnknownUnit.getStatusCode().value()).isEqualTo(400);
        assertThat(organization.unit("000.06.00.H99")).isEmpty();
        assertThat(identity.createUserQuery().userId("ai.do").count()).isZero();
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
