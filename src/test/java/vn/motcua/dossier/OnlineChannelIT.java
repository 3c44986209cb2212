package vn.motcua.dossier;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.CitizenSession;
import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/dossiers/online} is the online channel: the portal's technical account files any
 * applicant's dossier into a center, a citizen signed in with VNeID files their own; an officer of any role,
 * with HTTP Basic or signed in, gets 403 problem+json and nothing is stored.
 */
@IntegrationTest
class OnlineChannelIT {

    private static final String CITIZEN = "048095012345";
    private static final String TAN_AN = "000.02.01.H99";

    @Autowired
    TestRestTemplate http;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Test
    void an_officer_of_any_role_cannot_file_an_online_dossier() throws Exception {
        for (String officer : new String[] {"tiepnhan.tanan", "hotich.tandinh", "giamsat.tinh", "thietke", "quantri"}) {
            String applicantId = newCitizenId();

            ResponseEntity<String> answer = submit(http.withBasicAuth(officer, "test-password"), applicantId);

            assertThat(answer.getStatusCode().value()).as(officer + ": " + answer.getBody()).isEqualTo(403);
            assertThat(answer.getHeaders().getContentType())
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            assertThat(dossiers.findByApplicant(applicantId)).as(officer).isEmpty();
        }
    }

    @Test
    void an_officer_signed_in_in_the_browser_cannot_file_an_online_dossier_either() {
        OfficerSession officer = OfficerSession.login(port, "tiepnhan.tanan", "test-password");
        assertThat(officer.signedIn()).isTrue();
        String applicantId = newCitizenId();

        HttpResponse<String> answer = officer.send(HttpRequest.newBuilder(officer.uri("/api/dossiers/online"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Idempotency-Key", "officer-" + applicantId)
                .POST(HttpRequest.BodyPublishers.ofString(body(applicantId))));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(dossiers.findByApplicant(applicantId)).isEmpty();
    }

    @Test
    void nobody_signed_in_gets_401() {
        String applicantId = newCitizenId();
        ResponseEntity<String> answer = submit(http, applicantId);
        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(dossiers.findByApplicant(applicantId)).isEmpty();
    }

    @Test
    void the_portal_account_files_an_online_dossier_for_any_applicant() throws Exception {
        String applicantId = newCitizenId();

        ResponseEntity<String> answer = submit(http.withBasicAuth("dvcqg", "portal-test-secret"), applicantId);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        assertThat(answer.getHeaders().get(HttpHeaders.SET_COOKIE)).as("the portal's call opens no session").isNull();
        assertThat(dossiers.findByApplicant(applicantId)).singleElement()
                .extracting(Dossier::channel, Dossier::receivingUnit).containsExactly(Channel.ONLINE, TAN_AN);
    }

    @Test
    void a_citizen_files_their_own_dossier_and_no_one_elses() throws Exception {
        CitizenSession citizen = CitizenSession.login(port, CITIZEN, "demo");
        assertThat(citizen.signedIn()).isTrue();
        HttpResponse<String> page = citizen.get("/citizen");
        String someoneElse = newCitizenId();

        HttpResponse<String> forSomeoneElse = citizen.postJson("/api/dossiers/online", body(someoneElse),
                Map.of("Idempotency-Key", "citizen-other-" + someoneElse), page);
        String key = "citizen-own-" + System.nanoTime();
        HttpResponse<String> own = citizen.postJson("/api/dossiers/online", body(CITIZEN), Map.of("Idempotency-Key", key),
                page);

        assertThat(forSomeoneElse.statusCode()).as(forSomeoneElse.body()).isEqualTo(403);
        assertThat(forSomeoneElse.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(forSomeoneElse.body()).get("detail").asText()).contains("đứng tên chính mình");
        assertThat(dossiers.findByApplicant(someoneElse)).isEmpty();
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        JsonNode dossier = json.readTree(own.body());
        assertThat(dossiers.find(dossier.get("id").asText()).orElseThrow())
                .extracting(Dossier::channel, Dossier::createdBy).containsExactly(Channel.ONLINE, CITIZEN);
    }

    @Test
    void a_citizens_post_without_the_pages_csrf_token_is_refused() {
        CitizenSession citizen = CitizenSession.login(port, CITIZEN, "demo");
        HttpResponse<String> answer = citizen.send(HttpRequest.newBuilder(citizen.uri("/api/dossiers/online"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Idempotency-Key", "csrf-" + System.nanoTime())
                .POST(HttpRequest.BodyPublishers.ofString(body(CITIZEN))));
        assertThat(answer.statusCode()).isEqualTo(403);
    }

    private static ResponseEntity<String> submit(TestRestTemplate caller, String applicantId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "online-" + applicantId);
        return caller.postForEntity("/api/dossiers/online", new HttpEntity<>(body(applicantId), headers), String.class);
    }

    static String body(String applicantId) {
        return """
                {"procedureCode": "1.001193", "receivingUnit": "%s",
                 "applicant": {"name": "Lê Văn Cường", "idNumber": "%s"},
                 "details": {"childName": "Lê Minh Anh", "residenceCommune": "000.02.00.H99"}}""".formatted(TAN_AN, applicantId);
    }

    static String newCitizenId() {
        return "0794" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
