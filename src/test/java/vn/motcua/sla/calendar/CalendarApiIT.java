package vn.motcua.sla.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.sla.OfficialWorkingTime;
import vn.motcua.sla.SlaClock;
import vn.motcua.sla.SlaTestProcess;
import vn.motcua.sla.TimeLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.OfficialWorkingTime.at;
import static vn.motcua.sla.SlaTestProcess.clockAt;

/**
 * The calendar administration API over HTTP. 2027 has no calendar file, so it runs provisionally
 * (weekends and fixed holidays) until an administrator stores it; the test stores Friday 05/03/2027 as an
 * unconfirmed day off, then confirms it.
 */
@IntegrationTest
class CalendarApiIT {

    private static final String YEAR_2027_WITH_A_DAY_OFF = """
            {"days": [
              {"date": "2027-01-01", "kind": "HOLIDAY", "name": "Tết Dương lịch",
               "source": "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a"},
              {"date": "2027-03-05", "kind": "COMPENSATORY_DAY_OFF", "name": "Ngày nghỉ thử nghiệm",
               "source": "Kiểm thử tự động", "unconfirmed": true, "note": "không phải ngày nghỉ thật"}
            ]}""";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    @Autowired
    SlaClock clock;

    @Autowired
    CurrentWorkingTime workingTime;

    @Autowired
    CalendarAdministration administration;

    SlaTestProcess process;

    @BeforeEach
    void deploy() {
        process = SlaTestProcess.deploy(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void every_officer_reads_the_calendar_loaded_from_the_files() {
        ResponseEntity<String> year = specialist().getForEntity("/api/sla/calendar/2026", String.class);

        assertThat(year.getStatusCode().value()).isEqualTo(200);
        assertThat(year.getBody()).contains("\"year\":2026", "\"origin\":\"FILE\"",
                "Tết Nguyên đán Bính Ngọ (mùng 1 Tết)", "\"date\":\"2026-02-17\"");

        ResponseEntity<String> absent = specialist().getForEntity("/api/sla/calendar/2031", String.class);
        assertThat(absent.getStatusCode().value()).isEqualTo(404);
        assertThat(absent.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(absent.getBody()).contains("Chưa có lịch làm việc năm 2031");
    }

    @Test
    void an_administrator_stores_2027_then_confirms_its_unconfirmed_day_which_recomputes_the_running_dossiers() {
        clockAt("2027-03-04 10:00");
        ProcessInstance before = receivedAndAppraising();
        // 2027 runs provisionally (weekends and fixed holidays): Thursday 10:00 + 2 working days = Monday 10:00
        assertThat(dueOfAppraisal(before)).isEqualTo("2027-03-08T10:00");
        assertThat(clock.state(before.getId()).orElseThrow().provisional()).isTrue();

        ResponseEntity<String> change = admin().exchange("/api/sla/calendar/2027", HttpMethod.PUT,
                json(YEAR_2027_WITH_A_DAY_OFF), String.class);

        assertThat(change.getStatusCode().value()).isEqualTo(200);
        assertThat(change.getBody()).contains("\"origin\":\"API\"", "\"updatedBy\":\"quantri\"", "Ngày nghỉ thử nghiệm",
                "\"unconfirmed\":true", "không phải ngày nghỉ thật");
        // the unconfirmed day off is worked until confirmed: nothing moves, the deadline is no longer provisional
        assertThat(workingTime.calculator().calendar().isWorkingDay(LocalDate.of(2027, 3, 5))).isTrue();
        assertThat(dueOfAppraisal(before)).isEqualTo("2027-03-08T10:00");
        assertThat(clock.state(before.getId()).orElseThrow().provisional()).isFalse();

        ResponseEntity<String> confirmed = admin().exchange("/api/sla/calendar/2027", HttpMethod.PUT,
                json(YEAR_2027_WITH_A_DAY_OFF.replace("\"unconfirmed\": true", "\"unconfirmed\": false")), String.class);
        assertThat(confirmed.getStatusCode().value()).isEqualTo(200);
        assertThat(workingTime.calculator().calendar().isWorkingDay(LocalDate.of(2027, 3, 5))).isFalse();
        // the running dossier (no receipt slip printed) is recomputed: task, timer and appointment skip Friday
        assertThat(dueOfAppraisal(before)).isEqualTo("2027-03-09T10:00");
        assertThat(process.timer(before, "Timer_DossierOverdue").getDuedate()).isEqualTo(Date.from(at("2027-03-09 10:00")));
        assertThat(clock.state(before.getId()).orElseThrow().appointment()).isEqualTo(at("2027-03-09 10:00"));
        // and a dossier received after the change skips it too
        ProcessInstance after = receivedAndAppraising();
        assertThat(dueOfAppraisal(after)).isEqualTo("2027-03-09T10:00");
        assertThat(clock.state(after.getId()).orElseThrow().appointment()).isEqualTo(at("2027-03-09 10:00"));
    }

    @Test
    void a_start_up_never_overwrites_a_year_changed_through_the_api() {
        admin().exchange("/api/sla/calendar/2028", HttpMethod.PUT, json("""
                {"days": [{"date": "2028-01-03", "kind": "COMPENSATORY_DAY_OFF", "name": "Nghỉ bù do quản trị nhập",
                           "source": "Kiểm thử tự động"}]}"""), String.class);
        CalendarYear fromAFile = new CalendarYear(2028, List.of(CalendarEntry.of(LocalDate.of(2028, 1, 1),
                DayKind.HOLIDAY, "Tết Dương lịch", "Bộ luật Lao động 2019")));

        workingTime.storeAbsentYears(List.of(fromAFile));

        StoredCalendarYear stored = administration.year(2028).orElseThrow();
        assertThat(stored.origin()).isEqualTo(StoredCalendarYear.Origin.API);
        assertThat(stored.year().entries()).extracting(CalendarEntry::name).containsExactly("Nghỉ bù do quản trị nhập");
    }

    @Test
    void a_specialist_may_not_change_the_calendar() {
        ResponseEntity<String> change = specialist().exchange("/api/sla/calendar/2029", HttpMethod.PUT,
                json("{\"days\": []}"), String.class);

        assertThat(change.getStatusCode().value()).isEqualTo(403);
        assertThat(change.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(administration.year(2029)).isEmpty();
    }

    @Test
    void bad_input_gets_a_clear_400_and_changes_nothing() {
        assertBadRequest("/api/sla/calendar/2029", """
                {"days": [{"date": "2030-01-01", "kind": "HOLIDAY", "name": "Tết", "source": "BLLĐ"}]}""",
                "Ngày 01/01/2030 không thuộc năm 2029.");
        assertBadRequest("/api/sla/calendar/2029", """
                {"days": [{"date": "2029-01-01", "kind": "HOLIDAY", "name": "Tết", "source": "BLLĐ"},
                          {"date": "2029-01-01", "kind": "HOLIDAY", "name": "Tết", "source": "BLLĐ"}]}""",
                "xuất hiện hơn một lần");
        assertBadRequest("/api/sla/calendar/2029", """
                {"days": [{"date": "2029-01-01", "kind": "HOLIDAY", "name": " ", "source": "BLLĐ"}]}""",
                "name không được để trống");
        assertBadRequest("/api/sla/calendar/2029", """
                {"days": [{"date": "2029-01-01", "kind": "HOLIDAYS", "name": "Tết", "source": "BLLĐ"}]}""",
                "JSON");
        assertBadRequest("/api/sla/calendar/2029", "{}", "days không được để trống");
        assertBadRequest("/api/sla/calendar/1999", "{\"days\": []}", "nằm ngoài khoảng 2000–2100");
        assertThat(administration.year(2029)).isEmpty();
    }

    private void assertBadRequest(String path, String body, String detail) {
        ResponseEntity<String> answer = admin().exchange(path, HttpMethod.PUT, json(body), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.getBody()).contains(detail);
    }

    /** A dossier received at the engine clock with 2 working days, waiting at its 2-day appraisal step. */
    private ProcessInstance receivedAndAppraising() {
        ProcessInstance dossier = process.start();
        clock.start(dossier.getId(), ClockUtil.getCurrentTime().toInstant(), TimeLimit.workingDays(2));
        process.complete(dossier, "Task_Receive");
        return dossier;
    }

    private LocalDateTime dueOfAppraisal(ProcessInstance dossier) {
        return OfficialWorkingTime.local(process.task(dossier, "Task_Appraise").getDueDate().toInstant());
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("quantri", "test-password");
    }

    private TestRestTemplate specialist() {
        return http.withBasicAuth("hotich.tandinh", "test-password");
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
