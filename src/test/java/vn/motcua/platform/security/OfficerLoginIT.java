package vn.motcua.platform.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;

/** One login signs an officer into our pages and the Camunda Tasklist. */
@IntegrationTest
class OfficerLoginIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_receipt_officer_logs_in_and_the_tasklist_offers_the_birth_registration_start_form() {
        OfficerSession officer = OfficerSession.login(port, "tiepnhan.tandinh", "test-password");
        assertThat(officer.signedIn()).isTrue();

        HttpResponse<String> tasklist = officer.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).isEqualTo(200);

        HttpResponse<String> identity = officer.get("/camunda/api/admin/auth/user/default");
        assertThat(identity.statusCode()).isEqualTo(200);
        assertThat(identity.body()).contains("\"userId\":\"tiepnhan.tandinh\"").contains("tasklist");

        HttpResponse<String> startable = officer.get(
                "/camunda/api/engine/engine/default/process-definition?latestVersion=true&startablePermissionCheck=true&startableInTasklist=true");
        assertThat(startable.statusCode()).isEqualTo(200);
        assertThat(startable.body()).contains("\"key\":\"birth-registration\"").contains("Đăng ký khai sinh");

        HttpResponse<String> startForm = officer.get(
                "/camunda/api/engine/engine/default/process-definition/key/birth-registration/deployed-start-form");
        assertThat(startForm.statusCode()).isEqualTo(200);
        // the form as served is re-written (the officer's own centers): its JSON layout is not the file's
        assertThat(startForm.body()).containsPattern("\"id\"\\s*:\\s*\"birth-registration-start\"")
                .contains("Số định danh cá nhân");
    }

    @Test
    void the_session_lives_in_the_shared_database_so_any_node_can_serve_it() {
        OfficerSession officer = OfficerSession.login(port, "hotich.tandinh", "test-password");
        assertThat(officer.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

        assertThat(jdbc.sql("""
                select a.attribute_name from spring_session s
                join spring_session_attributes a on a.session_primary_id = s.primary_id
                where s.principal_name = ?""").param("hotich.tandinh").query(String.class).list())
                .as("Spring Security's context and Camunda's authentication, stored for every node")
                .contains("SPRING_SECURITY_CONTEXT", "authenticatedUser");

        // what every node sees once the session expired: the row is gone, and so is the sign-in
        jdbc.sql("delete from spring_session where principal_name = ?").param("hotich.tandinh").update();
        assertThat(officer.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
    }

    @Test
    void a_wrong_password_returns_to_the_login_page_with_a_vietnamese_message() {
        OfficerSession stranger = OfficerSession.login(port, "khong.ton.tai", "sai-mat-khau");
        assertThat(stranger.signedIn()).isFalse();

        HttpResponse<String> page = stranger.get("/login?error");
        assertThat(page.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void the_tasklist_sends_an_anonymous_visitor_to_the_login_page() {
        OfficerSession anonymous = OfficerSession.login(port, "khong.ton.tai", "x");
        HttpResponse<String> tasklist = anonymous.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).isEqualTo(302);
        assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }
}
