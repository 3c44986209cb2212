package vn.motcua.organization;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditEvent;
import vn.motcua.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * Officers' names, e-mails and passwords change through the organization API: by an administrator, or by
 * the officer for their own password with the current one. Bad input is a 400 problem+json that changes
 * nothing; every change is in the audit trail with who made it.
 */
@IntegrationTest
class OfficerAccountApiIT {

    private static final String PASSWORD = "test-password";
    private static final String COMMUNE = "000.01.00.H99";

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @Autowired
    OrganizationService organization;

    @Autowired
    AuditTrail audit;

    @Test
    void an_administrator_renames_an_officer_and_changes_their_email_and_the_change_is_audited() {
        String officer = newSpecialist();

        ResponseEntity<String> change = admin().exchange("/api/organization/officers/" + officer, HttpMethod.PUT,
                jsonEntity(officerJson("Đỗ Thị Thanh Hương", "huong.do@motcua.example")), String.class);

        assertThat(change.getStatusCode().value()).as(change.getBody()).isEqualTo(200);
        User user = identity.createUserQuery().userId(officer).singleResult();
        assertThat(user.getFirstName() + " " + user.getLastName()).isEqualTo("Đỗ Thị Thanh Hương");
        assertThat(user.getEmail()).isEqualTo("huong.do@motcua.example");
        assertThat(latest(AuditAction.OFFICER_SAVED, officer)).satisfies(event -> {
            assertThat(event.actor()).isEqualTo("quantri");
            assertThat(event.detail()).contains("Đỗ Văn Thử", "Đỗ Thị Thanh Hương");
            assertThat(event.occurredAt()).isNotNull();
        });
    }

    @Test
    void bad_names_emails_and_passwords_are_400_problems_and_change_nothing() {
        String officer = newSpecialist();
        List<ResponseEntity<String>> answers = List.of(
                admin().exchange("/api/organization/officers/" + officer, HttpMethod.PUT,
                        jsonEntity(officerJson("<img src=x onerror=alert(1)>", null)), String.class),
                admin().exchange("/api/organization/officers/" + officer, HttpMethod.PUT,
                        jsonEntity(officerJson("Đỗ\\u0000Văn", null)), String.class),
                admin().exchange("/api/organization/officers/" + officer, HttpMethod.PUT,
                        jsonEntity(officerJson("Đỗ \\ud800Văn", null)), String.class),
                admin().exchange("/api/organization/officers/" + officer, HttpMethod.PUT,
                        jsonEntity(officerJson("Đ".repeat(256), null)), String.class),
                admin().exchange("/api/organization/officers/" + officer, HttpMethod.PUT,
                        jsonEntity(officerJson("Đỗ Văn Thử", "khong-phai-thu")), String.class),
                admin().exchange("/api/organization/officers/" + officer + "/password", HttpMethod.PUT,
                        jsonEntity("{\"newPassword\": \"ngan\"}"), String.class),
                admin().exchange("/api/organization/officers/" + officer + "/password", HttpMethod.PUT,
                        jsonEntity("{\"newPassword\": \"" + "x".repeat(65) + "\"}"), String.class),
                admin().exchange("/api/organization/officers/" + officer + "/lock", HttpMethod.PUT,
                        jsonEntity("{}"), String.class));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        });
        User user = identity.createUserQuery().userId(officer).singleResult();
        assertThat(user.getFirstName() + " " + user.getLastName()).isEqualTo("Đỗ Văn Thử");
        assertThat(user.getEmail()).isNull();
        assertThat(identity.checkPassword(officer, PASSWORD)).isTrue();
    }

    @Test
    void an_officer_changes_their_own_password_only_with_the_current_one() {
        String officer = newSpecialist();
        TestRestTemplate self = http.withBasicAuth(officer, PASSWORD);

        ResponseEntity<String> wrong = self.exchange("/api/organization/me/password", HttpMethod.PUT,
                jsonEntity("{\"currentPassword\": \"sai-mat-khau-1\", \"newPassword\": \"mat-khau-moi-2026\"}"), String.class);
        assertThat(wrong.getStatusCode().value()).as(wrong.getBody()).isEqualTo(400);
        assertThat(wrong.getBody()).contains("Mật khẩu hiện tại không đúng");
        assertThat(identity.checkPassword(officer, PASSWORD)).isTrue();

        ResponseEntity<String> right = self.exchange("/api/organization/me/password", HttpMethod.PUT,
                jsonEntity("{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"mat-khau-moi-2026\"}"), String.class);
        assertThat(right.getStatusCode().value()).as(right.getBody()).isEqualTo(204);
        assertThat(identity.checkPassword(officer, "mat-khau-moi-2026")).isTrue();
        assertThat(identity.checkPassword(officer, PASSWORD)).isFalse();
        assertThat(latest(AuditAction.OFFICER_PASSWORD_CHANGED, officer).actor()).isEqualTo(officer);
    }

    @Test
    void an_officer_cannot_rename_anyone_reset_a_password_or_lock_an_account() {
        String officer = newSpecialist();
        String colleague = newSpecialist();
        TestRestTemplate self = http.withBasicAuth(officer, PASSWORD);

        List<ResponseEntity<String>> answers = List.of(
                self.exchange("/api/organization/officers/" + officer, HttpMethod.PUT,
                        jsonEntity(officerJson("Tên Mới Của Tôi", null)), String.class),
                self.exchange("/api/organization/officers/" + colleague + "/password", HttpMethod.PUT,
                        jsonEntity("{\"newPassword\": \"mat-khau-chiem-quyen\"}"), String.class),
                self.exchange("/api/organization/officers/" + colleague + "/lock", HttpMethod.PUT,
                        jsonEntity("{\"locked\": true}"), String.class));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatusCode().value()).as(answer.getBody())
                .isEqualTo(403));
        assertThat(identity.createUserQuery().userId(officer).singleResult().getFirstName()).isEqualTo("Đỗ Văn");
        assertThat(identity.checkPassword(colleague, PASSWORD)).isTrue();
        assertThat(organization.isLocked(colleague)).isFalse();
    }

    @Test
    void an_administrator_resets_a_password_and_locks_an_account_with_audit() {
        String officer = newSpecialist();

        ResponseEntity<String> reset = admin().exchange("/api/organization/officers/" + officer + "/password",
                HttpMethod.PUT, jsonEntity("{\"newPassword\": \"mat-khau-cap-lai-2026\"}"), String.class);
        ResponseEntity<String> lock = admin().exchange("/api/organization/officers/" + officer + "/lock",
                HttpMethod.PUT, jsonEntity("{\"locked\": true}"), String.class);

        assertThat(reset.getStatusCode().value()).as(reset.getBody()).isEqualTo(204);
        assertThat(lock.getStatusCode().value()).as(lock.getBody()).isEqualTo(204);
        assertThat(identity.checkPassword(officer, "mat-khau-cap-lai-2026")).isTrue();
        assertThat(organization.isLocked(officer)).isTrue();
        assertThat(latest(AuditAction.OFFICER_PASSWORD_RESET, officer).actor()).isEqualTo("quantri");
        assertThat(latest(AuditAction.OFFICER_LOCKED, officer).actor()).isEqualTo("quantri");
    }

    private AuditEvent latest(AuditAction action, String target) {
        return audit.latest(action, 200).stream().filter(event -> target.equals(event.target())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " for " + target));
    }

    private static String officerJson(String name, String email) {
        return "{\"name\": \"" + name + "\", \"unit\": \"" + COMMUNE + "\", \"roles\": [\"SPECIALIST\"]"
                + (email == null ? "" : ", \"email\": \"" + email + "\"") + "}";
    }

    private String newSpecialist() {
        return SpecialistAccounts.create(organization, "tk.hotich");
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("quantri", PASSWORD);
    }
}
