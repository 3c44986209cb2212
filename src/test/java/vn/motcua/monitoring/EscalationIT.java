package vn.motcua.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.monitoring.MonitoringSeed.Seeded;
import vn.motcua.notification.NotificationSender.OutboundMessage;
import vn.motcua.notification.SimulatedEmailSmsSender;
import vn.motcua.organization.OrganizationService;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.monitoring.MonitoringSeed.*;

/** An overdue step notifies the unit's leaders and the commune's supervisors once, even with two runs at a time. */
@IntegrationTest
class EscalationIT {

    @Autowired
    Escalations escalations;

    @Autowired
    SimulatedEmailSmsSender simulator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationService organization;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void an_overdue_step_is_escalated_once_to_leaders_and_supervisors_in_app_and_by_simulated_email() throws Exception {
        MonitoringSeed.organization(organization);
        String id = "esc-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        insert(jdbc, new Seeded(id, CENTER_C, "COUNTER", 4, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(5)),
                null, null, null, false, false, 0, false));
        step(jdbc, id + "-late", id, "Task_Appraise", COMMUNE_C, now.minus(Duration.ofDays(9)),
                now.minus(Duration.ofDays(2)), null, null);
        step(jdbc, id + "-fine", id, "Task_Sign", COMMUNE_C, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)),
                null, null);
        simulator.clear();

        // two nodes running the job at the same moment, then a later run
        var first = CompletableFuture.supplyAsync(() -> escalations.escalate(now));
        var second = CompletableFuture.supplyAsync(() -> escalations.escalate(now));
        first.get();
        second.get();
        escalations.escalate(now.plus(Duration.ofHours(1)));

        List<OutboundMessage> mine = simulator.sent().stream().filter(m -> m.link().contains(id)).toList();
        assertThat(mine).extracting(OutboundMessage::group)
                .containsExactlyInAnyOrder(COMMUNE_C + ":leader", COMMUNE_C + ":supervisor", CENTER_C + ":supervisor");
        assertThat(mine.get(0).subject()).contains("quá hạn bước");
        long notifications = jdbc.sql("select count(*) from notification where task_id = ?").param(id + "-late")
                .query(Long.class).single();
        assertThat(notifications).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from notification where task_id = ?").param(id + "-fine")
                .query(Long.class).single()).isZero();

        // the leader sees it in the list and marks it read; the other commune's supervisor does not see it
        TestRestTemplate leader = http.withBasicAuth(LEADER_C, PASSWORD);
        JsonNode list = json.readTree(leader.getForEntity("/api/notifications", String.class).getBody());
        JsonNode entry = null;
        for (JsonNode item : list) {
            if (item.get("dossierId").asText().equals(id)) {
                entry = item;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("read").asBoolean()).isFalse();
        assertThat(leader.postForEntity("/api/notifications/" + entry.get("id").asLong() + "/read", null, String.class)
                .getStatusCode().value()).isEqualTo(204);
        JsonNode after = json.readTree(leader.getForEntity("/api/notifications", String.class).getBody());
        for (JsonNode item : after) {
            if (item.get("id").asLong() == entry.get("id").asLong()) {
                assertThat(item.get("read").asBoolean()).isTrue();
            }
        }
        TestRestTemplate otherCommune = http.withBasicAuth(SUPERVISOR_A, PASSWORD);
        assertThat(otherCommune.getForEntity("/api/notifications", String.class).getBody()).doesNotContain(id);
        assertThat(otherCommune.postForEntity("/api/notifications/" + entry.get("id").asLong() + "/read", null,
                String.class).getStatusCode().value()).isEqualTo(404);
    }
}
