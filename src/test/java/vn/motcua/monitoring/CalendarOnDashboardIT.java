package vn.motcua.monitoring;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;
import vn.motcua.monitoring.MonitoringSeed.Seeded;
import vn.motcua.organization.OrganizationService;
import vn.motcua.sla.SlaClock;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;
import static vn.motcua.monitoring.MonitoringSeed.CENTER_A;
import static vn.motcua.monitoring.MonitoringSeed.PASSWORD;
import static vn.motcua.monitoring.MonitoringSeed.SUPERVISOR_A;
import static vn.motcua.monitoring.MonitoringSeed.SUPERVISOR_B;

/**
 * The working-day calendar on the supervisors' dashboard and the dossier: the warning from 1 October when
 * next year's calendar is missing, and the dossiers whose deadline is provisional. The warning uses 2044,
 * whose following year no test loads; the dashboard's clock is moved, the calendar's is not.
 */
@IntegrationTest
class CalendarOnDashboardIT {

    @LocalServerPort
    int port;
    @Autowired
    DashboardPages pages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationService organization;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    SlaClock clock;

    @AfterEach
    void resetClock() {
        pages.clock(Clock.systemUTC());
    }

    private static Clock vietnamTime(String localDateTime) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(WorkingTimeCalculator.ZONE).toInstant(),
                ZoneOffset.UTC);
    }

    @Test
    void supervisors_are_warned_from_1_october_vietnam_time_that_next_years_calendar_is_missing() {
        MonitoringSeed.organization(organization);
        OfficerSession supervisor = OfficerSession.login(port, SUPERVISOR_A, PASSWORD);

        pages.clock(vietnamTime("2044-09-30T23:59"));
        HttpResponse<String> september = supervisor.get("/giam-sat");
        assertThat(september.statusCode()).isEqualTo(200);
        assertThat(september.body()).doesNotContain("calendar-warning", "Chưa có lịch làm việc năm 2045");

        // 00:30 on 1 October in Vietnam is still 30 September in UTC
        pages.clock(vietnamTime("2044-10-01T00:30"));
        assertThat(supervisor.get("/giam-sat").body()).contains("calendar-warning", "Thiếu lịch làm việc năm sau",
                "Chưa có lịch làm việc năm 2045. Từ ngày 01/01/2045 hạn giải quyết hồ sơ sẽ được tính tạm");
    }

    @Test
    void the_dashboard_counts_and_lists_the_open_dossiers_of_its_scope_whose_deadline_is_provisional() throws Exception {
        MonitoringSeed.organization(organization);
        String id = UUID.randomUUID().toString();
        Instant received = Instant.parse("2026-12-21T02:00:00Z");
        Instant due = Instant.parse("2027-01-11T10:30:00Z");
        MonitoringSeed.insert(jdbc, new Seeded(id, CENTER_A, "ONLINE", 4, received, due, null, null, null, false, false,
                0, false));
        jdbc.sql("""
                        insert into sla_clock (process_instance_id, state, received_at, time_limit, appointment_at, deadline_at,
                                               provisional)
                        values (?, 'RUNNING', ?, 'P15D', ?, ?, true)""")
                .params("pi-" + id, received.atOffset(ZoneOffset.UTC), due.atOffset(ZoneOffset.UTC),
                        due.atOffset(ZoneOffset.UTC))
                .update();

        try {
            String page = OfficerSession.login(port, SUPERVISOR_A, PASSWORD).get("/giam-sat").body();
            assertThat(page).contains("Hồ sơ có hạn giải quyết tạm tính", "CODE-" + id, "17:30 11/01/2027");
            assertThat(OfficerSession.login(port, SUPERVISOR_B, PASSWORD).get("/giam-sat").body())
                    .doesNotContain("CODE-" + id);

            JsonNode listed = json.readTree(http.withBasicAuth(SUPERVISOR_A, PASSWORD)
                    .getForEntity("/api/monitoring/provisional", String.class).getBody());
            assertThat(listed.get("count").asLong()).isPositive();
            assertThat(listed.get("dossiers").findValuesAsText("code")).contains("CODE-" + id);
        } finally {
            // the dossier counts in commune A's totals, which other tests of the shared database assert exactly
            jdbc.sql("delete from sla_clock where process_instance_id = ?").param("pi-" + id).update();
            jdbc.sql("delete from monitoring_dossier where dossier_id = ?").param(id).update();
        }
    }

    @Test
    void the_dossier_shows_a_provisional_deadline_with_its_vietnamese_explanation() throws Exception {
        JsonNode dossier = json.readTree(http.withBasicAuth("tiepnhan.tandinh", "test-password").postForEntity(
                "/api/dossiers", jsonEntity(birthRegistration("received", "079201019999")), String.class).getBody());
        String id = dossier.get("id").asText();
        assertThat(dossier.get("provisionalDeadline").asBoolean()).isFalse();
        assertThat(dossier.get("deadlineNote").isNull()).isTrue();

        String instance = jdbc.sql("select process_instance_id from dossier where id = ?").param(id)
                .query(String.class).single();
        // issuing the receipt slip records that the appointment is in the applicant's hands
        assertThat(printedAt(instance)).isNull();
        assertThat(http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .getForEntity("/api/dossiers/" + id + "/receipt.pdf", byte[].class).getStatusCode().value()).isEqualTo(200);
        assertThat(printedAt(instance)).isNotNull();

        // as the clock stores a deadline counted over a year without calendar
        jdbc.sql("update sla_clock set provisional = true, deadline_at = ? where process_instance_id = ?")
                .params(Instant.parse("2049-01-11T10:30:00Z").atOffset(ZoneOffset.UTC), instance).update();

        JsonNode shown = json.readTree(http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .getForEntity("/api/dossiers/" + id, String.class).getBody());
        assertThat(shown.get("provisionalDeadline").asBoolean()).isTrue();
        assertThat(shown.get("deadlineAt").asText()).isEqualTo("2049-01-11T10:30:00Z");
        assertThat(shown.get("deadlineNote").asText()).startsWith("Hạn giải quyết tạm tính: chưa có lịch làm việc năm")
                .contains("2049");

        String page = OfficerSession.login(port, "tiepnhan.tandinh", "test-password").get("/ho-so/" + id).body();
        assertThat(page).contains("deadline-note", "Hạn giải quyết tạm tính: chưa có lịch làm việc năm",
                "Hạn giải quyết đang áp dụng:");
    }

    private Instant printedAt(String processInstanceId) {
        return clock.state(processInstanceId).orElseThrow().appointmentPrintedAt();
    }

    @Test
    void the_health_shows_the_calendar_coverage_as_a_detail_and_stays_up() throws Exception {
        JsonNode health = json.readTree(http.withBasicAuth("quantri", "test-password")
                .getForEntity("/actuator/health", String.class).getBody());
        JsonNode coverage = health.at("/components/calendarCoverage");
        assertThat(coverage.get("status").asText()).isEqualTo("UP");
        assertThat(coverage.at("/details/loadedYears").toString()).contains("2025", "2026");
        assertThat(coverage.at("/details/nextYearLoaded").isBoolean()).isTrue();
    }
}
