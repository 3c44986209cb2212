package vn.motcua.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Logins, failed logins, authorization changes and deployments are recorded with who and when. */
@IntegrationTest
class AuditTrailIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    AuditTrail trail;

    @LocalServerPort
    int port;

    @Test
    void a_login_through_the_login_page_is_recorded_with_the_officer_and_address() {
        OfficerSession.login(port, "giamsat.tinh", "test-password");

        assertThat(trail.latest(AuditAction.LOGIN, 20)).anySatisfy(event -> {
            assertThat(event.actor()).isEqualTo("giamsat.tinh");
            assertThat(event.remoteAddress()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void a_failed_login_is_recorded_with_the_name_that_was_tried() {
        http.withBasicAuth("ke.gian.audit", "sai").getForEntity("/api/organization/units", String.class);

        assertThat(trail.latest(AuditAction.LOGIN_FAILED, 20)).extracting(AuditEvent::actor).contains("ke.gian.audit");
    }

    @Test
    void an_authorization_change_by_an_administrator_is_recorded_with_the_administrator() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var created = http.withBasicAuth("quantri", "test-password").postForEntity("/engine-rest/authorization/create",
                new HttpEntity<>("""
                        {"type": 1, "permissions": ["READ"], "groupId": "000.03.01.H99:supervisor",
                         "resourceType": 5, "resourceId": "audit-test-filter"}""", headers), String.class);
        assertThat(created.getStatusCode().value()).isEqualTo(200);

        List<AuditEvent> events = trail.latest(AuditAction.AUTHORIZATION_CREATE, 50);
        assertThat(events).anySatisfy(event -> assertThat(event.actor()).isEqualTo("quantri"));
    }

    @Test
    void a_deployment_through_engine_rest_is_recorded_with_the_designer() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("deployment-name", "audit-test");
        parts.add("data", new ByteArrayResource("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="audit-test" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="s" />
                  </bpmn:process>
                </bpmn:definitions>""".getBytes()) {
            @Override
            public String getFilename() {
                return "audit-test.bpmn";
            }
        });
        var answer = http.withBasicAuth("thietke", "test-password").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(parts, headers), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);

        assertThat(trail.latest(AuditAction.DEPLOYMENT_CREATE, 50)).anySatisfy(event -> {
            assertThat(event.actor()).isEqualTo("thietke");
            assertThat(event.target()).startsWith("deployment ");
        });
    }

    @Test
    void only_administrators_read_the_audit_trail() {
        assertThat(http.withBasicAuth("giamsat.tinh", "test-password").getForEntity("/api/audit", String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http.withBasicAuth("quantri", "test-password").getForEntity("/api/audit?action=LOGIN_FAILED",
                String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(http.withBasicAuth("quantri", "test-password").getForEntity("/api/audit?action=NOPE",
                String.class).getStatusCode().value()).isEqualTo(400);
        for (String limit : new String[] {"-1", "0", "1001"}) {
            var outOfBounds = http.withBasicAuth("quantri", "test-password").getForEntity("/api/audit?limit=" + limit,
                    String.class);
            assertThat(outOfBounds.getStatusCode().value()).as("limit " + limit).isEqualTo(400);
            assertThat(outOfBounds.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(outOfBounds.getBody()).contains("limit");
        }
    }
}
