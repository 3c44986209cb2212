package vn.motcua.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * Status sync with the National Public Service Portal through the outbox, against the portal
 * SIMULATOR: an outage loses nothing and keeps each dossier's order; a rejected payload is not retried
 * for ever but shown as stuck with the portal's words until a supervisor resends.
 */
@IntegrationTest
class PortalSyncIT {

    /**
     * The moment each round of sending believes it is: one hour later each round, longer than any
     * backoff of the test profile, so every round retries what failed before and the test never waits.
     */
    private Instant roundClock = Instant.now();

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

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void portalAnswersNormally() {
        PortalSimulatorConfiguration.answerNormally(simulator);
    }

    @Test
    void while_the_portal_is_down_nothing_is_lost_and_afterwards_every_dossier_reaches_the_portal_in_order()
            throws Exception {
        simulator.stubFor(post(urlEqualTo("/sync")).atPriority(1).willReturn(serviceUnavailable()));
        List<JsonNode> dossiers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode dossier = counterReceipt("07920100" + (4100 + i));
            withdraw(dossier.get("id").asText());
            dossiers.add(dossier);
        }
        sendAll();
        // now the connection itself fails
        simulator.stubFor(post(urlEqualTo("/sync")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        sendAll();
        for (JsonNode dossier : dossiers) {
            String id = dossier.get("id").asText();
            assertThat(jdbc.sql("select count(*) from portal_dossier_state where dossier_id = ?").param(id)
                    .query(Long.class).single()).as("nothing acknowledged while the portal is down").isZero();
            assertThat(jdbc.sql("select count(*) from portal_outbox where dossier_id = ? and state = 'PENDING'")
                    .param(id).query(Long.class).single()).as("every change kept").isEqualTo(ourStatuses(id).size());
            assertThat(jdbc.sql("select max(attempts) from portal_outbox where dossier_id = ?").param(id)
                    .query(Integer.class).single()).as("the head of each dossier was tried").isGreaterThanOrEqualTo(2);
            assertThat(jdbc.sql("select max(attempts) from portal_outbox where dossier_id = ? and seq > 1").param(id)
                    .query(Integer.class).single()).as("no later change overtakes the first").isZero();
        }

        PortalSimulatorConfiguration.answerNormally(simulator);
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            sendAll();
            return dossiers.stream().allMatch(dossier -> portalStatus(dossier.get("id").asText()) != null
                    && portalStatus(dossier.get("id").asText()) == currentStatus(dossier.get("id").asText()));
        });

        Map<String, List<Integer>> received = acceptedByDossierCode("TrangThaiHoSo");
        Map<String, List<Integer>> seqNumbers = acceptedByDossierCode("SeqNo");
        for (JsonNode dossier : dossiers) {
            String id = dossier.get("id").asText();
            List<Integer> ours = ourStatuses(id);
            assertThat(ours).as("the dossier changed status several times").containsExactly(2, 4, 7);
            assertThat(received.get(dossier.get("code").asText())).as("the portal saw every change once, in order")
                    .isEqualTo(ours);
            assertThat(seqNumbers.get(dossier.get("code").asText())).as("sequence numbers as the portal received them")
                    .containsExactly(1, 2, 3);
        }
    }

    @Test
    void a_payload_the_portal_rejects_is_parked_with_the_portal_message_and_listed_as_stuck_until_resent()
            throws Exception {
        JsonNode dossier = counterReceipt("079201004200");
        String id = dossier.get("id").asText();
        String code = dossier.get("code").asText();
        simulator.stubFor(post(urlEqualTo("/sync")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.data[0].MaHoSo", equalTo(code)))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"error_code\": \"12\", \"message\": \"Mã thủ tục không có trên Cổng\"}")));

        for (int round = 0; round < 3; round++) {
            sendAll();
        }

        assertThat(syncRequestsOf(code))
                .as("a rejected payload is sent once, not retried for ever").hasSize(1);
        JsonNode stuck = json.readTree(supervisor().getForEntity("/api/portal/outbox?state=stuck&limit=1000",
                String.class).getBody());
        JsonNode row = find(stuck, id);
        assertThat(row).as("the rejected change is listed as stuck").isNotNull();
        assertThat(row.get("state").asText()).isEqualTo("PARKED");
        assertThat(row.get("seq").asInt()).isEqualTo(1);
        assertThat(row.get("lastError").asText()).contains("Mã thủ tục không có trên Cổng").contains("422");
        assertThat(meters.get("motcua.portal.outbox.stuck").gauge().value()).isGreaterThanOrEqualTo(1);
        JsonNode mismatches = json.readTree(supervisor().getForEntity("/api/portal/reconciliation?limit=1000",
                String.class).getBody());
        JsonNode mismatch = find(mismatches, id);
        assertThat(mismatch).as("listed for reconciliation").isNotNull();
        assertThat(mismatch.get("ourStatus").asInt()).isEqualTo(4);
        assertThat(mismatch.get("portalStatus").isNull()).isTrue();
        assertThat(mismatch.get("lastError").asText()).contains("Mã thủ tục không có trên Cổng");

        // the portal's catalog is fixed; the supervisor resends the dossier's current status
        PortalSimulatorConfiguration.answerNormally(simulator);
        ResponseEntity<String> resent = supervisor().postForEntity("/api/portal/reconciliation/" + id + "/resend",
                jsonEntity("{}"), String.class);
        assertThat(resent.getStatusCode().value()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            sendAll();
            Integer portal = portalStatus(id);
            return portal != null && portal == 4;
        });
        assertThat(syncRequestsOf(code).stream().map(request -> request.get("TrangThaiHoSo").asInt()).toList())
                .as("after the resend the portal gets the dossier's status").endsWith(4);
        assertThat(find(json.readTree(supervisor().getForEntity("/api/portal/reconciliation?limit=1000",
                String.class).getBody()), id)).as("reconciled").isNull();
        assertThat(jdbc.sql("select state from portal_outbox where dossier_id = ? and seq = 1").param(id)
                .query(String.class).single()).as("the rejected row is kept, marked replaced").isEqualTo("SUPERSEDED");
    }

    @Test
    void only_supervisors_and_administrators_see_the_outbox() {
        ResponseEntity<String> counterOfficer = http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .getForEntity("/api/portal/outbox", String.class);
        assertThat(counterOfficer.getStatusCode().value()).isEqualTo(403);
        assertThat(counterOfficer.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(http.getForEntity("/api/portal/reconciliation", String.class).getStatusCode().value())
                .isEqualTo(401);
        ResponseEntity<String> badFilter = supervisor().getForEntity("/api/portal/outbox?state=lost", String.class);
        assertThat(badFilter.getStatusCode().value()).isEqualTo(400);
        assertThat(badFilter.getBody()).contains("stuck");
        assertThat(supervisor().postForEntity("/api/portal/reconciliation/no-such-dossier/resend", jsonEntity("{}"),
                String.class).getStatusCode().value()).isEqualTo(404);
    }

    private void sendAll() {
        roundClock = roundClock.plus(Duration.ofHours(1));
        sender.sendDue(roundClock, 10_000);
    }

    private TestRestTemplate supervisor() {
        return http.withBasicAuth("giamsat.tinh", "test-password");
    }

    private JsonNode counterReceipt(String idNumber) throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .postForEntity("/api/dossiers", jsonEntity(birthRegistration("received", idNumber)), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        return json.readTree(answer.getBody());
    }

    private void withdraw(String id) {
        ResponseEntity<String> answer = http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .postForEntity("/api/dossiers/" + id + "/withdrawal", jsonEntity("{}"), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    }

    /** Our status history with repeats of the same status folded: what the portal must see, in order. */
    private List<Integer> ourStatuses(String id) throws Exception {
        JsonNode history = json.readTree(http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .getForEntity("/api/dossiers/" + id + "/status-history", String.class).getBody());
        List<Integer> statuses = new ArrayList<>();
        for (JsonNode change : history) {
            int status = change.get("status").asInt();
            if (statuses.isEmpty() || statuses.get(statuses.size() - 1) != status) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    private int currentStatus(String id) {
        return jdbc.sql("select status from dossier where id = ?").param(id).query(Integer.class).single();
    }

    private Integer portalStatus(String id) {
        return jdbc.sql("select portal_status from portal_dossier_state where dossier_id = ?").param(id)
                .query(Integer.class).optional().orElse(null);
    }

    /** A field of the sync items the simulator answered with "00", oldest first, per dossier code (its journal). */
    private Map<String, List<Integer>> acceptedByDossierCode(String field) throws Exception {
        Map<String, List<Integer>> byCode = new LinkedHashMap<>();
        for (ServeEvent event : syncEventsOldestFirst()) {
            if (event.getResponse().getStatus() != 200) {
                continue;
            }
            JsonNode item = json.readTree(event.getRequest().getBodyAsString()).get("data").get(0);
            byCode.computeIfAbsent(item.get("MaHoSo").asText(), code -> new ArrayList<>())
                    .add(item.get(field).asInt());
        }
        return byCode;
    }

    private List<JsonNode> syncRequestsOf(String code) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (ServeEvent event : syncEventsOldestFirst()) {
            JsonNode item = json.readTree(event.getRequest().getBodyAsString()).get("data").get(0);
            if (item.get("MaHoSo").asText().equals(code)) {
                items.add(item);
            }
        }
        return items;
    }

    private List<ServeEvent> syncEventsOldestFirst() {
        List<ServeEvent> events = new ArrayList<>(simulator.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals("/sync")).toList());
        Collections.reverse(events);
        return events;
    }

    private static JsonNode find(JsonNode list, String dossierId) {
        for (JsonNode item : list) {
            if (item.get("dossierId").asText().equals(dossierId)) {
                return item;
            }
        }
        return null;
    }
}
