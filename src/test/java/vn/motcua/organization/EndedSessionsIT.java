package vn.motcua.organization;

import java.net.http.HttpResponse;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * An officer who loses a role or whose account is locked does not keep working in a session opened
 * before: through the organization API the session ends at once; through Camunda Admin at the next
 * re-reading of the officer's standing, at most a minute later (the test moves the standing's clock).
 */
@IntegrationTest
class EndedSessionsIT {

    private static final String PASSWORD = "test-password";
    private static final String COMMUNE = "000.01.00.H99";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    OrganizationService organization;

    @Autowired
    OfficerStanding standing;

    @AfterEach
    void realClock() {
        standing.clock(Clock.systemUTC());
    }

    @Test
    void an_officer_whose_role_an_administrator_removes_through_our_api_is_signed_out_at_once() {
        String officer = newSpecialist();
        OfficerSession session = signedIn(officer);

        ResponseEntity<String> change = admin().exchange("/api/organization/officers/" + officer, HttpMethod.PUT,
                jsonEntity("{\"name\": \"Đỗ Văn Thử\", \"unit\": \"" + COMMUNE + "\", \"roles\": [\"LEADER\"]}"), String.class);
        assertThat(change.getStatusCode().value()).as(change.getBody()).isEqualTo(200);

        assertThat(session.get("/api/organization/units").statusCode()).isEqualTo(401);
        assertThat(session.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
    }

    @Test
    void an_officer_whose_account_is_locked_is_signed_out_at_once_and_cannot_sign_in_again() {
        String officer = newSpecialist();
        OfficerSession session = signedIn(officer);

        ResponseEntity<String> lock = admin().exchange("/api/organization/officers/" + officer + "/lock", HttpMethod.PUT,
                jsonEntity("{\"locked\": true}"), String.class);
        assertThat(lock.getStatusCode().value()).as(lock.getBody()).isEqualTo(204);

        HttpResponse<String> page = session.get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(session.get("/api/organization/units").statusCode()).isEqualTo(401);
        assertThat(OfficerSession.login(port, officer, PASSWORD).signedIn()).as("a new login").isFalse();
        assertThat(http.withBasicAuth(officer, PASSWORD).getForEntity("/api/organization/units", String.class)
                .getStatusCode().value()).as("HTTP Basic").isEqualTo(401);

        admin().exchange("/api/organization/officers/" + officer + "/lock", HttpMethod.PUT, jsonEntity("{\"locked\": false}"),
                String.class);
        assertThat(OfficerSession.login(port, officer, PASSWORD).signedIn()).as("after unlocking").isTrue();
    }

    @Test
    void a_membership_removed_in_camunda_admin_ends_the_session_within_a_minute_and_others_keep_working() {
        String officer = newSpecialist();
        String colleague = newSpecialist();
        OfficerSession session = signedIn(officer);
        OfficerSession unchanged = signedIn(colleague);

        OfficerSession administrator = signedIn("quantri");
        HttpResponse<String> removal = administrator.toWebapp("DELETE",
                "/camunda/api/engine/engine/default/group/" + COMMUNE + ":specialist/members/" + officer, null);
        assertThat(removal.statusCode()).as(removal.body()).isEqualTo(204);

        standing.clock(Clock.offset(Clock.systemUTC(), OfficerStanding.RECHECK.plusSeconds(1)));

        assertThat(session.get("/api/organization/units").statusCode()).isEqualTo(401);
        assertThat(unchanged.get("/api/organization/units").statusCode()).as("an unchanged officer").isEqualTo(200);
        assertThat(unchanged.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
    }

    private OfficerSession signedIn(String username) {
        OfficerSession session = OfficerSession.login(port, username, PASSWORD);
        assertThat(session.signedIn()).as(username + " signs in").isTrue();
        assertThat(session.get("/api/organization/units").statusCode()).isEqualTo(200);
        return session;
    }

    private String newSpecialist() {
        return SpecialistAccounts.create(organization, "phien.hotich");
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("quantri", PASSWORD);
    }
}
