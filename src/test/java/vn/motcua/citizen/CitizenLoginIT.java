package vn.motcua.citizen;

import java.net.URI;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.CitizenSession;
import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens sign in with VNeID (here its simulator) through the full OpenID Connect redirect flow, reach
 * the citizen pages and API, and nothing of the officers'.
 */
@IntegrationTest
class CitizenLoginIT {

    private static final String AN = "079201001234";
    private static final String MALFORMED_ID = "07920200900";
    private static final String SIMULATOR_PASSWORD = "demo";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Test
    void a_citizen_signs_in_at_the_vneid_simulator_and_lands_on_my_dossiers() {
        CitizenSession citizen = CitizenSession.login(port, AN, SIMULATOR_PASSWORD);

        assertThat(citizen.signedIn()).as("landed on %s", citizen.landing().uri()).isTrue();
        assertThat(citizen.visited()).extracting(URI::getPath).containsSubsequence(
                "/citizen/login",
                "/vneid-simulator/oauth2/authorize",
                "/vneid-simulator/login",
                "/vneid-simulator/oauth2/authorize",
                "/login/oauth2/code/vneid",
                "/citizen");
        assertThat(citizen.landing().body()).contains("Hồ sơ của tôi").contains("Nguyễn Văn An").contains(AN);

        HttpResponse<String> dossiers = citizen.get("/api/citizen/dossiers");
        assertThat(dossiers.statusCode()).isEqualTo(200);
        assertThat(dossiers.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void the_simulator_publishes_openid_discovery_under_its_own_path_and_says_it_is_a_simulator() throws Exception {
        CitizenSession browser = CitizenSession.anonymous(port);
        String issuer = "http://localhost:" + port + "/vneid-simulator";

        JsonNode discovery = json.readTree(browser.get("/vneid-simulator/.well-known/openid-configuration").body());
        assertThat(discovery.path("issuer").asText()).isEqualTo(issuer);
        assertThat(discovery.path("authorization_endpoint").asText()).isEqualTo(issuer + "/oauth2/authorize");
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(issuer + "/oauth2/token");
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(issuer + "/oauth2/jwks");
        assertThat(discovery.path("userinfo_endpoint").asText()).isEqualTo(issuer + "/userinfo");
        assertThat(browser.get("/vneid-simulator/oauth2/jwks").body()).contains("\"kty\":\"RSA\"");

        HttpResponse<String> loginPage = browser.get("/vneid-simulator/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.body()).contains("Mô phỏng VNeID — chỉ dùng để phát triển")
                .contains("Nguyễn Văn An").contains("079201001234")
                .contains("Trần Thị Bình").contains("Lê Hoàng Cường");
    }

    @Test
    void a_citizen_id_that_is_not_twelve_digits_is_refused_with_a_vietnamese_message() {
        CitizenSession citizen = CitizenSession.login(port, MALFORMED_ID, SIMULATOR_PASSWORD);

        assertThat(citizen.signedIn()).isFalse();
        assertThat(citizen.landing().uri().getPath()).isEqualTo("/citizen/login");
        assertThat(citizen.landing().body()).contains(CitizenIdClaim.MALFORMED_MESSAGE);
        assertThat(citizen.get("/api/citizen/dossiers").statusCode()).isEqualTo(401);
    }

    @Test
    void a_wrong_password_or_an_officer_account_does_not_sign_in_at_the_simulator() {
        CitizenSession wrongPassword = CitizenSession.login(port, AN, "sai-mat-khau");
        assertThat(wrongPassword.signedIn()).isFalse();
        assertThat(wrongPassword.landing().uri().getPath()).isEqualTo("/vneid-simulator/login");
        assertThat(wrongPassword.landing().body()).contains("Số định danh cá nhân hoặc mật khẩu không đúng");

        // the simulator never falls back to the officers' accounts
        CitizenSession officer = CitizenSession.login(port, "tiepnhan.tandinh", "test-password");
        assertThat(officer.signedIn()).isFalse();
        assertThat(officer.landing().uri().getPath()).isEqualTo("/vneid-simulator/login");
    }

    @Test
    void an_anonymous_call_to_the_citizen_api_gets_401_problem_json_without_a_password_challenge() throws Exception {
        HttpResponse<String> response = CitizenSession.anonymous(port).get("/api/citizen/dossiers");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("instance").asText()).isEqualTo("/api/citizen/dossiers");
    }

    @Test
    void a_citizen_session_reaches_nothing_of_the_officers() {
        CitizenSession citizen = CitizenSession.login(port, AN, SIMULATOR_PASSWORD);
        assertThat(citizen.signedIn()).isTrue();

        assertThat(citizen.get("/api/organization").statusCode()).isIn(401, 403);
        assertThat(citizen.get("/api/organization/units").statusCode()).isIn(401, 403);
        assertThat(citizen.get("/engine-rest/task").statusCode()).isIn(401, 403);
        assertThat(citizen.get("/engine-rest/process-instance").statusCode()).isIn(401, 403);
        assertThat(citizen.get("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 403);

        HttpResponse<String> tasklist = citizen.get("/camunda/app/tasklist/");
        assertThat(tasklist.statusCode()).isIn(302, 401);
        if (tasklist.statusCode() == 302) {
            assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
        HttpResponse<String> officerHome = citizen.get("/");
        assertThat(officerHome.statusCode()).isEqualTo(302);
    }

    @Test
    void an_officer_still_signs_in_after_a_citizen_did_on_the_same_server_and_in_the_same_browser() {
        CitizenSession citizen = CitizenSession.login(port, AN, SIMULATOR_PASSWORD);
        assertThat(citizen.signedIn()).isTrue();

        OfficerSession officer = OfficerSession.login(port, "tiepnhan.tandinh", "test-password");
        assertThat(officer.signedIn()).isTrue();
        assertThat(officer.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

        // same cookie jar: the simulator's and the citizen's logins do not stand in the officer's way
        assertThat(citizen.signInAsOfficer("hotich.tandinh", "test-password")).isTrue();
        assertThat(citizen.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        assertThat(citizen.get("/camunda/api/admin/auth/user/default").body())
                .contains("\"userId\":\"hotich.tandinh\"");
        assertThat(citizen.get("/api/citizen/dossiers").statusCode()).isEqualTo(200);

        // the citizen's logout ends the citizen's login only
        HttpResponse<String> page = citizen.get("/citizen");
        HttpResponse<String> logout = citizen.postForm("/citizen/logout", page);
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/citizen/login?logout"));
        assertThat(citizen.get("/api/citizen/dossiers").statusCode()).isEqualTo(401);
        assertThat(citizen.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    }
}
