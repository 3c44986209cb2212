package vn.motcua.sla.calendar;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;
import vn.motcua.notification.NotificationTemplate;
import vn.motcua.notification.NotificationTexts;
import vn.motcua.sla.SlaClock;
import vn.motcua.sla.SlaTestProcess;
import vn.motcua.sla.TimeLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.OfficialWorkingTime.at;
import static vn.motcua.sla.SlaTestProcess.clockAt;

/**
 * The settings of the pages over HTTP: the same-day cut-off (a change gives the next dossier another
 * appointment, not the dossiers received before) and the notification texts, their checks and who may
 * change them. Each test puts the defaults back: the context is shared.
 */
@IntegrationTest
class SettingsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    @Autowired
    SlaClock clock;

    @Autowired
    ReceptionCutOff cutOff;

    @Autowired
    NotificationTexts texts;

    @LocalServerPort
    int port;

    @AfterEach
    void restoreDefaults() {
        ClockUtil.reset();
        cutOff.change(cutOff.view().defaultValue(), "test", null);
        for (NotificationTemplate template : NotificationTemplate.values()) {
            texts.change(template, template.defaultText(), "test", null);
        }
    }

    @Test
    void a_cut_off_moved_to_16_00_gives_a_same_day_dossier_received_at_15_30_its_appointment_the_same_day() {
        SlaTestProcess process = SlaTestProcess.deploy(engine);
        clockAt("2026-12-08 15:30");
        // Tuesday 15:30 is after the default 15:00: due at the end of Wednesday
        assertThat(sameDayAppointment(process)).isEqualTo(at("2026-12-09 17:30"));

        ResponseEntity<String> preview = admin().exchange("/api/sla/settings/cut-off/preview", HttpMethod.POST,
                json("{\"cutOff\": \"16:00\"}"), String.class);
        assertThat(preview.getStatusCode().value()).isEqualTo(200);
        assertThat(preview.getBody()).contains("\"examples\"", "16:00 ", "16:01 ");
        ResponseEntity<String> changed = admin().exchange("/api/sla/settings/cut-off", HttpMethod.PUT,
                json("{\"cutOff\": \"16:00\"}"), String.class);

        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
        assertThat(changed.getBody()).contains("\"inForce\":\"16:00:00\"", "\"updatedBy\":\"quantri\"");
        assertThat(sameDayAppointment(process)).isEqualTo(at("2026-12-08 17:30"));
        HttpResponse<String> page = OfficerSession.login(port, "quantri", "test-password").get("/quan-tri/thiet-lap");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Thay đổi gần đây", "Giờ tiếp nhận cuối trong ngày", "15:00 → 16:00");
    }

    @Test
    void a_cut_off_outside_the_working_hours_or_not_a_time_is_refused_in_vietnamese() {
        assertRefused("/api/sla/settings/cut-off", "{\"cutOff\": \"12:00\"}", "không nằm trong giờ làm việc");
        assertRefused("/api/sla/settings/cut-off", "{\"cutOff\": \"18:00\"}", "không nằm trong giờ làm việc");
        assertRefused("/api/sla/settings/cut-off", "{\"cutOff\": \"3 giờ chiều\"}", "không hợp lệ");
        assertRefused("/api/sla/settings/cut-off/preview", "{\"cutOff\": \"07:00\"}", "không nằm trong giờ làm việc");
        assertThat(cutOff.view().inForce()).isEqualTo(cutOff.view().defaultValue());
    }

    @Test
    void a_text_with_an_unknown_placeholder_an_sms_too_long_or_an_empty_text_is_refused() {
        String path = "/api/notification-texts/ESCALATION_BODY";
        assertRefused(path, "{\"text\": \"Hồ sơ {maHoSo} của {maSoThue}\"}", "Biến {maSoThue} không có trong mẫu này");
        assertRefused(path, "{\"text\": \"Hồ sơ {maHoSo quá hạn\"}", "Dấu ngoặc { } không khớp");
        assertRefused(path, "{\"text\": \"" + "Quá hạn. ".repeat(18) + "\"}", "Tin nhắn SMS quá dài: 162 ký tự");
        assertRefused(path, "{\"text\": \" \"}", "không được để trống");
        assertRefused("/api/notification-texts/KHONG_CO", "{\"text\": \"x\"}", "Không có mẫu thông báo");
        assertThat(texts.text(NotificationTemplate.ESCALATION_BODY)).isEqualTo(NotificationTemplate.ESCALATION_BODY.defaultText());

        ResponseEntity<String> preview = admin().exchange(path + "/preview", HttpMethod.POST,
                json("{\"text\": \"Hồ sơ {maHoSo}: bước {tenBuoc} quá hạn\"}"), String.class);
        assertThat(preview.getStatusCode().value()).isEqualTo(200);
        assertThat(preview.getBody()).contains("Hồ sơ 000.00.31.H29-261207-0012: bước Thẩm định hồ sơ quá hạn");
    }

    @Test
    void unit_administrators_read_the_settings_officers_do_not_and_only_the_province_changes_them() {
        for (String user : List.of("quantri.tuphap", "quantri.tandinh")) {
            TestRestTemplate unitAdministrator = http.withBasicAuth(user, "test-password");
            assertThat(unitAdministrator.getForEntity("/api/notification-texts", String.class).getStatusCode().value())
                    .isEqualTo(200);
            assertThat(unitAdministrator.exchange("/api/notification-texts/ESCALATION_BODY", HttpMethod.PUT,
                    json("{\"text\": \"Hồ sơ {maHoSo}\"}"), String.class).getStatusCode().value()).isEqualTo(403);
            assertThat(unitAdministrator.exchange("/api/sla/settings/cut-off", HttpMethod.PUT,
                    json("{\"cutOff\": \"16:00\"}"), String.class).getStatusCode().value()).isEqualTo(403);
        }
        TestRestTemplate officer = http.withBasicAuth("hotich.tandinh", "test-password");
        assertThat(officer.getForEntity("/api/notification-texts", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(officer.exchange("/api/notification-texts/ESCALATION_BODY/preview", HttpMethod.POST,
                json("{\"text\": \"Hồ sơ {maHoSo}\"}"), String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(texts.text(NotificationTemplate.ESCALATION_BODY)).isEqualTo(NotificationTemplate.ESCALATION_BODY.defaultText());
        assertThat(cutOff.view().inForce()).isEqualTo(cutOff.view().defaultValue());

        HttpResponse<String> readOnly = OfficerSession.login(port, "quantri.tandinh", "test-password").get("/quan-tri/thiet-lap");
        assertThat(readOnly.statusCode()).isEqualTo(200);
        assertThat(readOnly.body()).contains("chỉ quản trị viên cấp tỉnh được thay", "readonly")
                .doesNotContain("id=\"cut-off-save\"", "template-save");
        assertThat(OfficerSession.login(port, "hotich.tandinh", "test-password").get("/quan-tri/thiet-lap").statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_change_riding_the_administrators_session_without_the_pages_csrf_token_is_refused() {
        OfficerSession session = OfficerSession.login(port, "quantri", "test-password");
        for (String[] change : List.of(new String[] {"/api/sla/settings/cut-off", "{\"cutOff\": \"16:00\"}"},
                new String[] {"/api/notification-texts/ESCALATION_BODY", "{\"text\": \"Hồ sơ {maHoSo} bị sửa lén\"}"})) {
            URI target = session.uri(change[0]);
            HttpResponse<String> answer = session.send(HttpRequest.newBuilder(target)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(change[1])));
            assertThat(answer.statusCode()).as(change[0]).isEqualTo(403);
        }
        assertThat(cutOff.view().inForce()).isEqualTo(cutOff.view().defaultValue());
        assertThat(texts.text(NotificationTemplate.ESCALATION_BODY)).isEqualTo(NotificationTemplate.ESCALATION_BODY.defaultText());
    }

    private Instant sameDayAppointment(SlaTestProcess process) {
        ProcessInstance dossier = process.start();
        return clock.start(dossier.getId(), ClockUtil.getCurrentTime().toInstant(), TimeLimit.sameDay());
    }

    private void assertRefused(String path, String body, String detail) {
        HttpMethod method = path.endsWith("/preview") ? HttpMethod.POST : HttpMethod.PUT;
        ResponseEntity<String> answer = admin().exchange(path, method, json(body), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.getBody()).contains(detail);
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("quantri", "test-password");
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
