package vn.motcua.portal;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.birthRegistrationAtTanAn;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * The commune supervisor of Tân Định sees and resends the portal sync of Tân Định's dossiers only: the
 * outbox and reconciliation lists (API and page) leave out Tân An's dossiers, a unit filter outside the
 * ward is refused, and resending a Tân An dossier is refused with nothing enqueued; the provincial
 * supervisor still sees and resends every unit's.
 */
@IntegrationTest
class CommuneSupervisorPortalIT {

    private static final String TAN_AN_CENTER = "000.02.01.H99";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WireMockServer simulator;

    @Autowired
    PortalOutboxSender sender;

    private String tanDinhDossier;
    private String tanDinhCode;
    private String tanAnDossier;
    private String tanAnCode;

    @BeforeEach
    void eachCenterHasADossierThePortalHasNotAcknowledged() throws Exception {
        // the portal takes what earlier tests left behind; these two dossiers change while it is away
        PortalSimulatorConfiguration.answerNormally(simulator);
        sender.sendDue(Instant.now().plusSeconds(7200), 100_000);
        JsonNode tanDinh = dossier("tiepnhan.tandinh", birthRegistration("received", "079201004331"));
        tanDinhDossier = tanDinh.get("id").asText();
        tanDinhCode = tanDinh.get("code").asText();
        JsonNode tanAn = dossier("tiepnhan.tanan", birthRegistrationAtTanAn("received", "079201004332"));
        tanAnDossier = tanAn.get("id").asText();
        tanAnCode = tanAn.get("code").asText();
    }

    private JsonNode dossier(String officer, String body) throws Exception {
        ResponseEntity<String> created = officer(officer).postForEntity("/api/dossiers", jsonEntity(body), String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json.readTree(created.getBody());
    }

    private TestRestTemplate officer(String username) {
        return http.withBasicAuth(username, "test-password");
    }

    private List<String> dossierIds(String username, String path) throws Exception {
        ResponseEntity<String> answer = officer(username).getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return StreamSupport.stream(json.readTree(answer.getBody()).spliterator(), false)
                .map(row -> row.get("dossierId").asText()).toList();
    }

    private long outboxRows(String dossierId) {
        return jdbc.sql("select count(*) from portal_outbox where dossier_id = ?").param(dossierId)
                .query(Long.class).single();
    }

    private static void assertForbiddenProblem(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void the_commune_supervisor_lists_and_resends_only_the_wards_dossiers() throws Exception {
        assertThat(dossierIds("giamsat.tandinh", "/api/portal/reconciliation?limit=1000"))
                .contains(tanDinhDossier).doesNotContain(tanAnDossier);
        assertThat(dossierIds("giamsat.tandinh", "/api/portal/outbox?state=pending&limit=1000"))
                .contains(tanDinhDossier).doesNotContain(tanAnDossier);
        assertForbiddenProblem(officer("giamsat.tandinh").getForEntity("/api/portal/reconciliation?unit="
                + TAN_AN_CENTER, String.class));
        assertForbiddenProblem(officer("giamsat.tandinh").getForEntity("/api/portal/outbox?state=pending&unit="
                + TAN_AN_CENTER, String.class));

        long before = outboxRows(tanAnDossier);
        assertForbiddenProblem(officer("giamsat.tandinh").postForEntity("/api/portal/reconciliation/" + tanAnDossier
                + "/resend", null, String.class));
        assertThat(outboxRows(tanAnDossier)).as("nothing enqueued").isEqualTo(before);

        ResponseEntity<String> own = officer("giamsat.tandinh").postForEntity("/api/portal/reconciliation/"
                + tanDinhDossier + "/resend", null, String.class);
        assertThat(own.getStatusCode().value()).as(own.getBody()).isEqualTo(200);
    }

    @Test
    void the_provincial_supervisor_still_sees_and_resends_every_units_dossiers() throws Exception {
        assertThat(dossierIds("giamsat.tinh", "/api/portal/reconciliation?limit=1000"))
                .contains(tanDinhDossier, tanAnDossier);
        assertThat(dossierIds("giamsat.tinh", "/api/portal/outbox?state=pending&limit=1000&unit=" + TAN_AN_CENTER))
                .contains(tanAnDossier).doesNotContain(tanDinhDossier);

        long before = outboxRows(tanAnDossier);
        ResponseEntity<String> resent = officer("giamsat.tinh").postForEntity("/api/portal/reconciliation/"
                + tanAnDossier + "/resend", null, String.class);
        assertThat(resent.getStatusCode().value()).as(resent.getBody()).isEqualTo(200);
        assertThat(outboxRows(tanAnDossier)).isEqualTo(before + 1);
    }

    @Test
    void the_portal_page_of_the_commune_supervisor_shows_and_resends_only_the_wards_dossiers() {
        OfficerSession supervisor = OfficerSession.login(port, "giamsat.tandinh", "test-password");
        HttpResponse<String> page = supervisor.get("/giam-sat/cong-dvcqg");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(tanDinhCode).doesNotContain(tanAnCode);
        assertThat(supervisor.get("/giam-sat/cong-dvcqg?unit=" + TAN_AN_CENTER).statusCode()).isEqualTo(403);

        long before = outboxRows(tanAnDossier);
        HttpResponse<String> resent = supervisor.submit(page, "/giam-sat/cong-dvcqg/" + tanAnDossier + "/gui-lai");
        assertThat(resent.statusCode()).isEqualTo(403);
        assertThat(outboxRows(tanAnDossier)).as("nothing enqueued").isEqualTo(before);

        OfficerSession province = OfficerSession.login(port, "giamsat.tinh", "test-password");
        assertThat(province.get("/giam-sat/cong-dvcqg").body()).contains(tanDinhCode).contains(tanAnCode);
    }
}
