package vn.motcua.organization;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * Through the engine's APIs ({@code /engine-rest} and the webapps' engine API that Camunda Admin and the
 * Tasklist call) an officer cannot change their own account (name, password, deletion) nor create users,
 * groups, memberships or grants; an administrator still can, as Camunda Admin needs.
 */
@IntegrationTest
class EngineIdentityChangesIT {

    private static final String PASSWORD = "test-password";
    private static final String HTML_NAME = "<img src=x onerror=alert(1)>";

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @Autowired
    OrganizationService organization;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OwnAccountReadOnlyPlugin ownAccountReadOnly;

    @LocalServerPort
    int port;

    @Test
    void an_officer_cannot_rename_themselves_through_engine_rest() {
        String me = newOfficer();

        ResponseEntity<String> rename = http.withBasicAuth(me, PASSWORD).exchange("/engine-rest/user/" + me + "/profile",
                HttpMethod.PUT, jsonEntity("{\"id\": \"" + me + "\", \"firstName\": \"" + HTML_NAME + "\", \"lastName\": \"\"}"),
                String.class);

        assertThat(rename.getStatusCode().value()).as(rename.getBody()).isEqualTo(403);
        assertThat(rename.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(identity.createUserQuery().userId(me).singleResult().getFirstName()).isEqualTo("Đỗ Văn");
    }

    @Test
    void an_officer_cannot_rename_themselves_through_the_webapps_engine_api() {
        String me = newOfficer();
        OfficerSession session = OfficerSession.login(port, me, PASSWORD);
        assertThat(session.signedIn()).isTrue();

        HttpResponse<String> rename = session.toWebapp("PUT", "/camunda/api/engine/engine/default/user/" + me + "/profile",
                "{\"id\": \"" + me + "\", \"firstName\": \"" + HTML_NAME + "\", \"lastName\": \"\"}");

        assertThat(rename.statusCode()).as(rename.body()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId(me).singleResult().getFirstName()).isEqualTo("Đỗ Văn");
        assertThat(session.get("/camunda/api/engine/engine/default/user/" + me + "/profile").body())
                .as("the Tasklist still reads the officer's own profile").contains("\"firstName\":\"Đỗ Văn\"");
    }

    @Test
    void an_officer_cannot_change_their_password_or_delete_themselves_through_engine_rest() {
        String me = newOfficer();
        TestRestTemplate officer = http.withBasicAuth(me, PASSWORD);

        ResponseEntity<String> password = officer.exchange("/engine-rest/user/" + me + "/credentials", HttpMethod.PUT,
                jsonEntity("{\"password\": \"mat-khau-moi-12345\", \"authenticatedUserPassword\": \"" + PASSWORD + "\"}"),
                String.class);
        ResponseEntity<String> deletion = officer.exchange("/engine-rest/user/" + me, HttpMethod.DELETE, null, String.class);

        assertThat(password.getStatusCode().value()).as(password.getBody()).isEqualTo(403);
        assertThat(deletion.getStatusCode().value()).as(deletion.getBody()).isEqualTo(403);
        assertThat(identity.checkPassword(me, PASSWORD)).isTrue();
        assertThat(identity.createUserQuery().userId(me).count()).isEqualTo(1);
    }

    @Test
    void an_officer_cannot_create_users_groups_memberships_or_grants() {
        String me = newOfficer();
        TestRestTemplate officer = http.withBasicAuth(me, PASSWORD);
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));

        List<ResponseEntity<String>> answers = List.of(
                officer.postForEntity("/engine-rest/user/create", jsonEntity("{\"profile\": {\"id\": \"tay.sai" + suffix
                        + "\"}, \"credentials\": {\"password\": \"mat-khau-12345678\"}}"), String.class),
                officer.postForEntity("/engine-rest/group/create", jsonEntity("{\"id\": \"nhom" + suffix + "\"}"), String.class),
                officer.exchange("/engine-rest/group/camunda-admin/members/" + me, HttpMethod.PUT, null, String.class),
                officer.postForEntity("/engine-rest/authorization/create", jsonEntity("{\"type\": 1, \"permissions\": [\"ALL\"],"
                        + " \"userId\": \"" + me + "\", \"resourceType\": 4, \"resourceId\": \"*\"}"), String.class),
                officer.postForEntity("/engine-rest/tenant/create", jsonEntity("{\"id\": \"t" + suffix + "\"}"), String.class));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403));
        assertThat(identity.createUserQuery().userId("tay.sai" + suffix).count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId(me).count()).isZero();
    }

    @Test
    void an_administrator_still_changes_an_officers_profile_through_engine_rest_and_camunda_admin() {
        String officer = newOfficer();

        ResponseEntity<String> viaRest = http.withBasicAuth("quantri", PASSWORD).exchange(
                "/engine-rest/user/" + officer + "/profile", HttpMethod.PUT,
                jsonEntity("{\"id\": \"" + officer + "\", \"firstName\": \"Đỗ Văn\", \"lastName\": \"Thành\"}"), String.class);
        assertThat(viaRest.getStatusCode().value()).as(viaRest.getBody()).isEqualTo(204);

        OfficerSession admin = OfficerSession.login(port, "quantri", PASSWORD);
        HttpResponse<String> viaAdmin = admin.toWebapp("PUT", "/camunda/api/engine/engine/default/user/" + officer + "/profile",
                "{\"id\": \"" + officer + "\", \"firstName\": \"Đỗ Văn\", \"lastName\": \"Thắng\"}");
        assertThat(viaAdmin.statusCode()).as(viaAdmin.body()).isEqualTo(204);
        assertThat(identity.createUserQuery().userId(officer).singleResult().getLastName()).isEqualTo("Thắng");
    }

    @Test
    void an_own_account_grant_from_before_is_narrowed_to_reading_when_the_engine_starts() {
        String officer = newOfficer();
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization own = authorizations.createAuthorizationQuery().userIdIn(officer).resourceType(Resources.USER)
                .resourceId(officer).singleResult();
        own.setPermissions(new Permission[] {Permissions.ALL});
        authorizations.saveAuthorization(own);

        ownAccountReadOnly.postProcessEngineBuild(engine);

        Authorization narrowed = authorizations.createAuthorizationQuery().userIdIn(officer).resourceType(Resources.USER)
                .resourceId(officer).singleResult();
        assertThat(narrowed.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(narrowed.isPermissionGranted(Permissions.UPDATE)).isFalse();
        assertThat(narrowed.isPermissionGranted(Permissions.DELETE)).isFalse();
    }

    private String newOfficer() {
        return SpecialistAccounts.create(organization, "thu.hotich");
    }
}
