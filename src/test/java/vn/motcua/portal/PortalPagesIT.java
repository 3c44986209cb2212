package vn.motcua.portal;

import java.net.http.HttpResponse;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/** The supervisors' reconciliation page lists unacknowledged dossiers and resends one with one click. */
@IntegrationTest
class PortalPagesIT {

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

    @Test
    void a_supervisor_sees_a_dossier_the_portal_has_not_acknowledged_and_resends_it_with_one_click() throws Exception {
        // the portal took everything earlier tests left behind; this dossier changes while it is away
        PortalSimulatorConfiguration.answerNormally(simulator);
        sender.sendDue(Instant.now().plusSeconds(7200), 100_000);
        JsonNode dossier = json.readTree(http.withBasicAuth("tiepnhan.tandinh", "test-password").postForEntity(
                "/api/dossiers", jsonEntity(birthRegistration("received", "079201004300")), String.class).getBody());
        String id = dossier.get("id").asText();
        String code = dossier.get("code").asText();

        OfficerSession supervisor = OfficerSession.login(port, "giamsat.tinh", "test-password");
        HttpResponse<String> page = supervisor.get("/giam-sat/cong-dvcqg");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đối soát trạng thái hồ sơ với Cổng Dịch vụ công quốc gia").contains(code)
                .contains("Chưa nhận").contains("Gửi lại");

        HttpResponse<String> resent = supervisor.submit(page, "/giam-sat/cong-dvcqg/" + id + "/gui-lai");
        assertThat(resent.statusCode()).isEqualTo(302);
        assertThat(supervisor.get("/giam-sat/cong-dvcqg").body()).contains("Đã xếp lịch gửi lại hồ sơ " + code);
        assertThat(jdbc.sql("select status from portal_outbox where dossier_id = ? order by seq desc limit 1")
                .param(id).query(Integer.class).single()).as("the current status enqueued again").isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from portal_outbox where dossier_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(3);

        sender.sendDue(Instant.now().plusSeconds(7200), 100_000);
        assertThat(supervisor.get("/giam-sat/cong-dvcqg").body()).doesNotContain(code);
    }

    @Test
    void a_counter_officer_may_not_open_the_page() {
        OfficerSession counter = OfficerSession.login(port, "tiepnhan.tandinh", "test-password");
        assertThat(counter.get("/giam-sat/cong-dvcqg").statusCode()).isEqualTo(403);
    }
}
