package vn.motcua.sla.calendar;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditEvent;
import vn.motcua.audit.AuditTrail;
import vn.motcua.sla.SlaClock;
import vn.motcua.sla.SlaTestProcess;
import vn.motcua.sla.TimeLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.OfficialWorkingTime.at;

/**
 * The calendar administration of the pages: a preview says what a change would do (days added, removed,
 * changed; running dossiers whose deadline would move) and stores nothing; saving recomputes and is audited;
 * bad days are refused in Vietnamese; only provincial administrators change the calendar, a unit's
 * administrator sees the page read-only, an officer not at all. 2034 is used by no other test.
 */
@IntegrationTest
class CalendarAdministrationIT {

    private static final String FRIDAY_HOLIDAY = """
            {"date": "2034-03-03", "kind": "HOLIDAY", "name": "Ngày nghỉ thử nghiệm",
             "source": "Thông báo số 1234/TB-BLĐTBXH ngày 15/11/2033 của Bộ Lao động - Thương binh và Xã hội"}""";
    private static final String SATURDAY_MAKEUP = """
            {"date": "2034-03-04", "kind": "MAKEUP_WORKING_DAY", "name": "Làm bù cho thứ Sáu 03/03",
             "source": "Thông báo số 1234/TB-BLĐTBXH ngày 15/11/2033 của Bộ Lao động - Thương binh và Xã hội"}""";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    @Autowired
    SlaClock clock;

    @Autowired
    CalendarAdministration administration;

    @Autowired
    AuditTrail audit;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Test
    void a_holiday_on_the_friday_is_previewed_with_the_one_running_dossier_it_moves_then_saved_recomputed_and_audited()
            throws Exception {
        SlaTestProcess process = SlaTestProcess.deploy(engine);
        // other tests' dossiers share the database: this one's effect is what the count gains with it
        int others = post("/api/sla/calendar/2034/preview", days(FRIDAY_HOLIDAY)).get("dossiersMoved").asInt();
        ProcessInstance dossier = process.start();
        // Thursday 10:00 + 2 working days = Monday 10:00 (2034 runs provisionally); the engine's clock stays at
        // today: moved to 2034 it would fire the timers of every other test's dossiers, whose clocks then count too
        clock.start(dossier.getId(), at("2034-03-02 10:00"), TimeLimit.workingDays(2));
        assertThat(clock.state(dossier.getId()).orElseThrow().appointment()).isEqualTo(at("2034-03-06 10:00"));

        JsonNode preview = post("/api/sla/calendar/2034/preview", days(FRIDAY_HOLIDAY));

        assertThat(preview.at("/added/0/date").asText()).isEqualTo("2034-03-03");
        assertThat(preview.get("added")).hasSize(1);
        assertThat(preview.get("removed")).isEmpty();
        assertThat(preview.get("dossiersMoved").asInt()).isEqualTo(others + 1);
        assertThat(administration.year(2034)).as("a preview stores nothing").isEmpty();
        assertThat(clock.state(dossier.getId()).orElseThrow().appointment()).isEqualTo(at("2034-03-06 10:00"));

        ResponseEntity<String> saved = admin().exchange("/api/sla/calendar/2034", HttpMethod.PUT,
                request(days(FRIDAY_HOLIDAY)), String.class);

        assertThat(saved.getStatusCode().value()).isEqualTo(200);
        assertThat(clock.state(dossier.getId()).orElseThrow().appointment()).isEqualTo(at("2034-03-07 10:00"));
        AuditEvent change = audit.latest(AuditAction.CALENDAR_CHANGED, 20).stream()
                .filter(event -> event.target().equals("Lịch làm việc năm 2034")).findFirst().orElseThrow();
        assertThat(change.actor()).isEqualTo("quantri");
        assertThat(change.detail()).contains("Lịch năm 2034: thêm 1 ngày (03/03/2034 Ngày nghỉ thử nghiệm",
                "1234/TB-BLĐTBXH", "bỏ 0 ngày", (others + 1) + " hồ sơ đang giải quyết đổi hạn");

        // the make-up Saturday gives the Friday back: the dossier would move again; a renamed day is a change
        String renamedWithMakeUp = days(FRIDAY_HOLIDAY.replace("Ngày nghỉ thử nghiệm", "Nghỉ lễ thử nghiệm"),
                SATURDAY_MAKEUP);
        JsonNode second = post("/api/sla/calendar/2034/preview", renamedWithMakeUp);
        assertThat(second.at("/added/0/kind").asText()).isEqualTo("MAKEUP_WORKING_DAY");
        assertThat(second.at("/changed/0/before/name").asText()).isEqualTo("Ngày nghỉ thử nghiệm");
        assertThat(second.at("/changed/0/after/name").asText()).isEqualTo("Nghỉ lễ thử nghiệm");
        clock.stop(dossier.getId(), at("2034-03-02 11:00"));
        assertThat(second.get("dossiersMoved").asInt() - post("/api/sla/calendar/2034/preview", renamedWithMakeUp)
                .get("dossiersMoved").asInt()).as("this dossier moves, a stopped one does not").isEqualTo(1);
        JsonNode removal = post("/api/sla/calendar/2034/preview", "{\"days\": []}");
        assertThat(removal.at("/removed/0/date").asText()).isEqualTo("2034-03-03");

        // the years list and the page show the stored year and the latest change
        JsonNode years = json.readTree(admin().getForEntity("/api/sla/calendar", String.class).getBody());
        JsonNode year2034 = null;
        for (JsonNode year : years) {
            if (year.get("year").asInt() == 2034) {
                year2034 = year;
            }
        }
        assertThat(year2034).isNotNull();
        assertThat(year2034.get("stored").asBoolean()).isTrue();
        assertThat(year2034.get("provisional").asBoolean()).isFalse();
        HttpResponse<String> page = OfficerSession.login(port, "quantri", "test-password").get("/quan-tri/lich?nam=2034");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ngày nghỉ thử nghiệm", "Thông báo số 1234/TB-BLĐTBXH", "Thay đổi gần đây",
                "Lịch năm 2034: thêm 1 ngày", "id=\"day-form\"");
    }

    @Test
    void bad_days_are_refused_in_vietnamese_by_the_preview_and_the_save_and_nothing_is_stored() {
        assertRefused(days(FRIDAY_HOLIDAY.replace("2034-03-03", "2035-01-02")), "Ngày 02/01/2035 không thuộc năm 2034.");
        assertRefused(days(SATURDAY_MAKEUP.replace("2034-03-04", "2034-03-08")),
                "Ngày làm bù 08/03/2034 không phải thứ Bảy hoặc Chủ nhật");
        assertRefused(days(FRIDAY_HOLIDAY, FRIDAY_HOLIDAY.replace("Ngày nghỉ thử nghiệm", "Trùng ngày")),
                "Ngày 03/03/2034 đã có trong danh sách");
        assertRefused(days(FRIDAY_HOLIDAY.replaceAll("\"source\": \"[^\"]*\"", "\"source\": \" \"")),
                "days[0].source thiếu văn bản quyết định");
        assertThat(administration.year(2035)).isEmpty();
    }

    @Test
    void only_a_provincial_administrator_changes_the_calendar_a_unit_administrator_reads_it_an_officer_gets_403() {
        for (String user : List.of("quantri.tuphap", "quantri.tandinh", "hotich.tandinh")) {
            TestRestTemplate other = http.withBasicAuth(user, "test-password");
            assertThat(other.exchange("/api/sla/calendar/2040", HttpMethod.PUT, request(days(
                    FRIDAY_HOLIDAY.replace("2034", "2040"))), String.class).getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(other.exchange("/api/sla/calendar/2040/preview", HttpMethod.POST, request(days(
                    FRIDAY_HOLIDAY.replace("2034", "2040"))), String.class).getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(administration.year(2040)).isEmpty();

        HttpResponse<String> readOnly = OfficerSession.login(port, "quantri.tuphap", "test-password").get("/quan-tri/lich?nam=2026");
        assertThat(readOnly.statusCode()).isEqualTo(200);
        assertThat(readOnly.body()).contains("chỉ quản trị viên cấp tỉnh được thay", "Tết Nguyên đán")
                .doesNotContain("id=\"day-form\"", "id=\"save-button\"");
        assertThat(OfficerSession.login(port, "hotich.tandinh", "test-password").get("/quan-tri/lich").statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_day_named_with_markup_is_shown_as_text_on_the_page() {
        ResponseEntity<String> saved = admin().exchange("/api/sla/calendar/2039", HttpMethod.PUT, request(days(
                FRIDAY_HOLIDAY.replace("2034", "2039").replace("Ngày nghỉ thử nghiệm", "<img src=x onerror=alert(1)>"))),
                String.class);
        assertThat(saved.getStatusCode().value()).isEqualTo(200);

        String page = OfficerSession.login(port, "quantri", "test-password").get("/quan-tri/lich?nam=2039").body();

        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
    }

    private void assertRefused(String body, String detail) {
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT)) {
            String path = method == HttpMethod.POST ? "/api/sla/calendar/2034/preview" : "/api/sla/calendar/2034";
            ResponseEntity<String> answer = admin().exchange(path, method, request(body), String.class);
            assertThat(answer.getStatusCode().value()).as(method + " " + detail).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(answer.getBody()).contains(detail);
        }
    }

    private JsonNode post(String path, String body) throws Exception {
        ResponseEntity<String> answer = admin().exchange(path, HttpMethod.POST, request(body), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private static String days(String... days) {
        return "{\"days\": [" + String.join(",", days) + "]}";
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("quantri", "test-password");
    }

    private static HttpEntity<String> request(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
