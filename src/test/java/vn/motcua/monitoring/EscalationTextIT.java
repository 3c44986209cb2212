package vn.motcua.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.monitoring.MonitoringSeed.Seeded;
import vn.motcua.notification.NotificationSender.OutboundMessage;
import vn.motcua.notification.NotificationTemplate;
import vn.motcua.notification.NotificationTexts;
import vn.motcua.notification.SimulatedEmailSmsSender;
import vn.motcua.organization.OrganizationService;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.monitoring.MonitoringSeed.CENTER_C;
import static vn.motcua.monitoring.MonitoringSeed.COMMUNE_C;
import static vn.motcua.monitoring.MonitoringSeed.insert;
import static vn.motcua.monitoring.MonitoringSeed.step;

/** A notification text changed by the provincial administrator is the text of the next escalation message. */
@IntegrationTest
class EscalationTextIT {

    @Autowired
    Escalations escalations;

    @Autowired
    SimulatedEmailSmsSender simulator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationService organization;

    @Autowired
    NotificationTexts texts;

    @Autowired
    TestRestTemplate http;

    @AfterEach
    void restoreDefaults() {
        for (NotificationTemplate template : NotificationTemplate.values()) {
            texts.change(template, template.defaultText(), "test", null);
        }
    }

    @Test
    void the_next_escalation_after_a_text_change_is_sent_with_the_new_text_filled_with_its_dossier() {
        MonitoringSeed.organization(organization);
        ResponseEntity<String> changed = http.withBasicAuth("quantri", "test-password").exchange(
                "/api/notification-texts/ESCALATION_BODY", HttpMethod.PUT,
                json("{\"text\": \"Nhắc việc: bước {tenBuoc} của hồ sơ {maHoSo} đã quá {soGioQua} giờ.\"}"), String.class);
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);

        String id = "esct-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        insert(jdbc, new Seeded(id, CENTER_C, "COUNTER", 4, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(5)),
                null, null, null, false, false, 0, false));
        step(jdbc, id + "-late", id, "Task_Appraise", COMMUNE_C, now.minus(Duration.ofDays(9)),
                now.minus(Duration.ofDays(2)), null, null);
        simulator.clear();

        escalations.escalate(now);

        List<OutboundMessage> mine = simulator.sent().stream().filter(m -> m.link().contains(id)).toList();
        assertThat(mine).isNotEmpty();
        assertThat(mine.get(0).body()).startsWith("Nhắc việc: bước Thẩm định của hồ sơ ").contains(" đã quá ")
                .endsWith(" giờ.").doesNotContain("{", "}");
        // the subject kept its default
        assertThat(mine.get(0).subject()).contains("quá hạn bước \"Thẩm định\"");
        assertThat(jdbc.sql("select body from notification where task_id = ?").param(id + "-late").query(String.class)
                .list()).allMatch(body -> body.startsWith("Nhắc việc: bước Thẩm định"));
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
