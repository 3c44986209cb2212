package vn.motcua.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditEvent;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;

/**
 * Edges of the officers' security: anonymous writes, CSRF riding a session, the webapps' own login,
 * actuator endpoints, forged audit lines and the login throttle as the running application answers them.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityEdgesIT {

    private static final String PASSWORD = "test-password";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    OrganizationService organization;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void an_anonymous_write_to_the_api_is_asked_to_sign_in_not_told_it_lacks_a_right() throws Exception {
        HttpResponse<String> write = send(HttpRequest.newBuilder(uri("/api/dossiers"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(birthRegistration("received", "079201031001"))));

        assertThat(write.statusCode()).isEqualTo(401);
        assertThat(write.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(write.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(write.body()).contains("Cần đăng nhập");
        assertThat(dossiersOf("079201031001")).isZero();
    }

    @Test
    void an_authorization_header_beside_the_victims_session_cookie_does_not_skip_the_csrf_check() throws Exception {
        OfficerSession victim = OfficerSession.login(port, "tiepnhan.tandinh", PASSWORD);
        assertThat(victim.signedIn()).isTrue();

        for (String header : List.of("x", basic("tiepnhan.tandinh", PASSWORD))) {
            String idNumber = header.equals("x") ? "079201031002" : "079201031003";
            HttpResponse<String> forged = victim.send(HttpRequest.newBuilder(victim.uri("/api/dossiers"))
                    .header("Authorization", header)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(birthRegistration("received", idNumber))));

            assertThat(forged.statusCode()).as("Authorization: %s with a session and no CSRF token", header).isEqualTo(403);
            assertThat(dossiersOf(idNumber)).isZero();
        }

        // an API client authenticated by its header alone, without a session, needs no token
        HttpResponse<String> client = send(HttpRequest.newBuilder(uri("/api/dossiers"))
                .header("Authorization", basic("tiepnhan.tandinh", PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(birthRegistration("received", "079201031004"))));
        assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/camunda/api/admin/auth/user/default/login/tasklist",
            "/camunda/api/admin/auth/user/default/login/tasklist/",
            "/camunda/api/admin/auth/user/default/login/cockpit/",
            "/camunda/api/admin/auth/user/default/LOGIN/tasklist",
            "/camunda/api/admin/auth/user/default/%6cogin/tasklist/",
            "/camunda/api/admin/auth/user/default/login/tasklist/?x=1"})
    void the_webapps_own_login_cannot_switch_an_officers_identity(String path) throws Exception {
        OfficerSession officer = OfficerSession.login(port, "tiepnhan.tandinh", PASSWORD);
        HttpResponse<String> tasklist = officer.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        // the webapps hand out their CSRF token as a header or a cookie, as the Tasklist reads it
        String token = tasklist.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> tasklist.headers()
                .allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length()).split(";")[0]).findFirst().orElseThrow());

        HttpResponse<String> login = officer.send(HttpRequest.newBuilder(officer.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=quantri&password=" + PASSWORD)));

        assertThat(login.statusCode()).as(path).isEqualTo(403);
        assertThat(officer.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"tiepnhan.tandinh\"");
    }

    @Test
    void metrics_and_other_actuator_endpoints_are_for_administrators_only() throws Exception {
        for (String endpoint : List.of("/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/prometheus",
                "/actuator/env", "/actuator/beans")) {
            assertThat(send(get(endpoint, "hotich.tandinh")).statusCode()).as(endpoint + " as an officer").isEqualTo(403);
        }
        for (String endpoint : List.of("/actuator/metrics", "/actuator/metrics/jvm.memory.used")) {
            assertThat(send(get(endpoint, "quantri")).statusCode()).as(endpoint + " as the administrator").isEqualTo(200);
        }
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health")).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_user_name_with_a_line_break_cannot_forge_an_audit_event_or_a_log_line(CapturedOutput output) throws Exception {
        String forger = "forger\r\nMOTCUA-AUDIT LOGIN actor=quantri target=x";
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/organization/units"))
                .header("Authorization", basic(forger, "wrong")).GET());
        assertThat(refused.statusCode()).isEqualTo(401);

        List<AuditEvent> failures = audit.latest(AuditAction.LOGIN_FAILED, 100);
        assertThat(failures).extracting(AuditEvent::actor)
                .contains("forger\\r\\nMOTCUA-AUDIT LOGIN actor=quantri target=x")
                .noneMatch(actor -> actor != null && (actor.contains("\r") || actor.contains("\n")));
        assertThat(output.getAll()).contains("actor=forger\\r\\nMOTCUA-AUDIT LOGIN actor=quantri");
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("MOTCUA-AUDIT"));
    }

    @Test
    void too_many_wrong_passwords_are_answered_429_for_the_account_instead_of_locking_it() throws Exception {
        organization.saveOfficer("han.che", "Người Thử Hạn Chế", "000.02.00.H99", List.of(Role.SPECIALIST), null,
                "mat-khau-dung-2025");
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(send(HttpRequest.newBuilder(uri("/api/organization/units"))
                    .header("Authorization", basic("han.che", "sai-" + attempt)).GET()).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = send(HttpRequest.newBuilder(uri("/api/organization/units"))
                .header("Authorization", basic("han.che", "mat-khau-dung-2025")).GET());
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 300L));
        assertThat(throttled.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(throttled.body()).contains("Đăng nhập sai quá nhiều lần");
        // the same account through the engine's REST API (Camunda Modeler, scripts)
        assertThat(send(HttpRequest.newBuilder(uri("/engine-rest/task"))
                .header("Authorization", basic("han.che", "mat-khau-dung-2025")).GET()).statusCode()).isEqualTo(429);

        // the login page over the limit: back to the page, which says why in Vietnamese
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=han.che&password=mat-khau-dung-2025")));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?throttled"));
        assertThat(send(HttpRequest.newBuilder(uri("/login?throttled")).GET()).body())
                .contains("Đăng nhập sai quá nhiều lần");
    }

    private HttpRequest.Builder get(String path, String username) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", basic(username, PASSWORD)).GET();
    }

    private long dossiersOf(String idNumber) {
        return jdbc.sql("select count(*) from dossier where applicant_id_number = ?").param(idNumber)
                .query(Long.class).single();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
