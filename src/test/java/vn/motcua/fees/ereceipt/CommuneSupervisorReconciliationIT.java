package vn.motcua.fees.ereceipt;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 * The commune supervisor of Tân Định reconciles the payments of Tân Định only: the list (API and page)
 * leaves out Tân An's rows, a unit filter outside the ward is refused, and issuing the receipt of a Tân An
 * payment is refused with nothing issued; the provincial supervisor still sees and acts on every unit.
 */
@IntegrationTest
class CommuneSupervisorReconciliationIT {

    private static final String TAN_DINH_CENTER = "000.01.01.H99";
    private static final String TAN_AN_CENTER = "000.02.01.H99";
    private static final List<String> TAN_DINH_UNITS = List.of("000.01.00.H99", TAN_DINH_CENTER);
    private static final String API = "/api/payments/reconciliation";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EReceipts receipts;

    private String tanDinhPayment;
    private String tanAnPayment;

    @BeforeEach
    void eachCenterHasAPaymentWhoseReceiptIsMissing() throws Exception {
        tanDinhPayment = lostPayment(dossier("tiepnhan.tandinh", birthRegistration("received", "079201004321")));
        tanAnPayment = lostPayment(dossier("tiepnhan.tanan", birthRegistrationAtTanAn("received", "079201004322")));
    }

    private String dossier(String officer, String body) throws Exception {
        ResponseEntity<String> created = officer(officer).postForEntity("/api/dossiers", jsonEntity(body), String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json.readTree(created.getBody()).get("id").asText();
    }

    /** A payment row as the payment module writes it, without its event: its receipt is "lost". */
    private String lostPayment(String dossierId) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into payment (id, dossier_id, method, amount_vnd, payer_name, paid_at, recorded_by, correlated)
                values (?, ?, 'CASH', 9000, 'Trần Văn Đối', ?, 'tiepnhan.tandinh', true)""")
                .params(id, dossierId, Timestamp.from(Instant.now())).update();
        return id;
    }

    private TestRestTemplate officer(String username) {
        return http.withBasicAuth(username, "test-password");
    }

    private JsonNode report(String username, String query) throws Exception {
        ResponseEntity<String> answer = officer(username).getForEntity(API + "?limit=1000" + query, String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private static List<String> values(JsonNode report, String field) {
        return StreamSupport.stream(report.spliterator(), false)
                .flatMap(group -> StreamSupport.stream(group.spliterator(), false))
                .map(row -> row.path(field).asText()).toList();
    }

    private static void assertForbiddenProblem(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void the_commune_supervisor_lists_and_issues_only_within_the_ward() throws Exception {
        JsonNode ward = report("giamsat.tandinh", "");
        assertThat(values(ward, "paymentId")).contains(tanDinhPayment).doesNotContain(tanAnPayment);
        assertThat(values(ward, "unitCode")).allMatch(TAN_DINH_UNITS::contains);

        assertForbiddenProblem(officer("giamsat.tandinh").getForEntity(API + "?unit=" + TAN_AN_CENTER, String.class));

        assertForbiddenProblem(officer("giamsat.tandinh").postForEntity(API + "/" + tanAnPayment + "/receipt", null,
                String.class));
        assertThat(receipts.ofPayment(tanAnPayment)).as("nothing issued").isEmpty();

        ResponseEntity<String> own = officer("giamsat.tandinh").postForEntity(API + "/" + tanDinhPayment + "/receipt",
                null, String.class);
        assertThat(own.getStatusCode().value()).as(own.getBody()).isEqualTo(201);
    }

    @Test
    void the_provincial_supervisor_still_sees_and_issues_everywhere() throws Exception {
        assertThat(values(report("giamsat.tinh", ""), "paymentId")).contains(tanDinhPayment, tanAnPayment);
        JsonNode tanAn = report("giamsat.tinh", "&unit=" + TAN_AN_CENTER);
        assertThat(values(tanAn, "paymentId")).contains(tanAnPayment).doesNotContain(tanDinhPayment);

        ResponseEntity<String> issued = officer("giamsat.tinh").postForEntity(API + "/" + tanAnPayment + "/receipt",
                null, String.class);
        assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(201);
    }

    @Test
    void the_reconciliation_page_of_the_commune_supervisor_shows_and_issues_only_the_wards_payments() {
        OfficerSession supervisor = OfficerSession.login(port, "giamsat.tandinh", "test-password");
        HttpResponse<String> page = supervisor.get("/giam-sat/thanh-toan");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/giam-sat/thanh-toan/" + tanDinhPayment + "/bien-lai")
                .doesNotContain(tanAnPayment);
        assertThat(supervisor.get("/giam-sat/thanh-toan?unit=" + TAN_AN_CENTER).statusCode()).isEqualTo(403);

        HttpResponse<String> posted = supervisor.submit(page, "/giam-sat/thanh-toan/" + tanAnPayment + "/bien-lai");
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(receipts.ofPayment(tanAnPayment)).as("nothing issued").isEmpty();

        OfficerSession province = OfficerSession.login(port, "giamsat.tinh", "test-password");
        assertThat(province.get("/giam-sat/thanh-toan").body()).contains(tanDinhPayment).contains(tanAnPayment);
    }
}
