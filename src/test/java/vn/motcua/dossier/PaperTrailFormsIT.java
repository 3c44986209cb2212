package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;
import vn.motcua.printing.PrintedDates;
import vn.motcua.sla.ClockState;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.SlaClock;
import vn.motcua.sla.TimeLimit;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.claimOnlyTask;
import static vn.motcua.dossier.DossierRequests.completeTask;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * Forms 4 to 6: the late unit's apology letter prints the appointment missed, the reason and the new appointment; the
 * notice that the handling stopped prints the withdrawal's reason; the control sheet prints every step. The first two
 * do not exist before their event (404, 409 in Vietnamese), the dossier page links each once it exists, and another
 * unit's officer gets none.
 */
@IntegrationTest
class PaperTrailFormsIT {

    private static final String PASSWORD = "test-password";
    private static final String APOLOGY_REASON = "Chờ ý kiến của cơ quan công an về nơi cư trú";
    private static final String WITHDRAWAL_REASON = "Công dân muốn nộp lại hồ sơ tại nơi cư trú mới";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    SlaClock clock;

    @Autowired
    Deadlines deadlines;

    @Autowired
    DossierRepository dossiers;

    @LocalServerPort
    int port;

    @Test
    void the_apology_letter_prints_the_missed_and_the_new_appointment_with_the_reason_once_the_unit_apologised()
            throws Exception {
        String id = receive("079300001101");
        String letter = "/api/dossiers/" + id + "/apology-letter.pdf";

        ResponseEntity<String> before = as("tiepnhan.tandinh").getForEntity(letter, String.class);
        assertThat(before.getStatusCode().value()).isEqualTo(404);
        assertThat(before.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(before.getBody()).contains("chưa được hẹn lại ngày trả kết quả");
        OfficerSession counter = OfficerSession.login(port, "tiepnhan.tandinh", PASSWORD);
        assertThat(counter.get("/ho-so/" + id).body()).doesNotContain(letter);

        Dossier dossier = dossiers.find(id).orElseThrow();
        ClockState running = clock.state(dossier.processInstanceId()).orElseThrow();
        Instant newAppointment = deadlines.deadline(running.deadline(), TimeLimit.workingDays(3));
        clock.extend(dossier.processInstanceId(), Instant.now(), newAppointment, APOLOGY_REASON);

        String text = text(as("tiepnhan.tandinh").getForEntity(letter, byte[].class));
        assertThat(text).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", dossier.code(), "Trần Thị Bình",
                APOLOGY_REASON, "Hẹn trả kết quả: " + PrintedDates.time(running.appointment()),
                "Thời gian hẹn trả kết quả mới: " + PrintedDates.time(newAppointment));
        assertThat(PrintedDates.time(newAppointment)).matches("\\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}");
        assertThat(counter.get("/ho-so/" + id).body())
                .contains(letter, "Phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)");

        assertThat(as("tiepnhan.kinhbac").getForEntity(letter, String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void the_stop_notice_prints_the_withdrawal_reason_once_the_counter_confirmed_the_stop() throws Exception {
        String id = receive("079300001102");
        String notice = "/api/dossiers/" + id + "/stop-notice.pdf";

        ResponseEntity<String> before = as("tiepnhan.tandinh").getForEntity(notice, String.class);
        assertThat(before.getStatusCode().value()).isEqualTo(409);
        assertThat(before.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(json.readTree(before.getBody()).get("detail").asText()).contains("chưa dừng xử lý");

        ResponseEntity<String> withdrawal = as("tiepnhan.tandinh").postForEntity("/api/dossiers/" + id + "/withdrawal",
                jsonEntity("{}"), String.class);
        assertThat(withdrawal.getStatusCode().value()).as(withdrawal.getBody()).isEqualTo(200);
        assertThat(as("tiepnhan.tandinh").getForEntity(notice, String.class).getStatusCode().value()).isEqualTo(409);
        completeTask(as("tiepnhan.tandinh"), claimOnlyTask(as("tiepnhan.tandinh"), "tiepnhan.tandinh", id,
                "Task_ConfirmStop"), """
                {"withdrawalReason": {"value": "%s"}, "originalsReturned": {"value": true}}""".formatted(WITHDRAWAL_REASON));

        String code = dossiers.find(id).orElseThrow().code();
        String text = text(as("tiepnhan.tandinh").getForEntity(notice, byte[].class));
        assertThat(text).contains("THÔNG BÁO", "Về việc dừng giải quyết hồ sơ", code, "Trần Thị Bình",
                WITHDRAWAL_REASON, "dừng giải quyết hồ sơ này với lý do");
        assertThat(text).containsPattern("Dừng giải quyết hồ sơ lúc: \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}");
        OfficerSession counter = OfficerSession.login(port, "tiepnhan.tandinh", PASSWORD);
        assertThat(counter.get("/ho-so/" + id).body())
                .contains(notice, "Thông báo về việc dừng giải quyết hồ sơ (mẫu 05)");

        assertThat(as("tiepnhan.kinhbac").getForEntity(notice, String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void the_control_sheet_prints_the_dossier_and_each_of_its_steps() throws Exception {
        String id = receive("079300001103");
        String sheet = "/api/dossiers/" + id + "/control-sheet.pdf";
        JsonNode steps = json.readTree(as("tiepnhan.tandinh").getForEntity("/api/dossiers/" + id + "/control-sheet",
                String.class).getBody());
        assertThat(steps).isNotEmpty();
        Dossier dossier = dossiers.find(id).orElseThrow();

        String text = text(as("tiepnhan.tandinh").getForEntity(sheet, byte[].class));
        assertThat(text).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", dossier.code(), "Trần Thị Bình",
                "Đăng ký khai sinh", "Hẹn trả kết quả: " + PrintedDates.time(dossier.appointmentAt()), "Đang xử lý");
        for (JsonNode step : steps) {
            assertThat(text).contains(step.get("stepName").asText(),
                    PrintedDates.time(Instant.parse(step.get("startedAt").asText())));
        }
        OfficerSession counter = OfficerSession.login(port, "tiepnhan.tandinh", PASSWORD);
        assertThat(counter.get("/ho-so/" + id).body()).contains(sheet);
        assertThat(counter.get("/ho-so/" + id + "/phieu-kiem-soat").body()).contains(sheet);

        assertThat(as("tiepnhan.kinhbac").getForEntity(sheet, String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void the_tracking_book_lists_the_counters_dossiers_of_the_day_and_of_the_month() throws Exception {
        String first = receive("079300001104");
        String second = receive("079300001105");
        Dossier one = dossiers.find(first).orElseThrow();
        Dossier two = dossiers.find(second).orElseThrow();
        LocalDate today = one.submittedAt().atZone(WorkingTimeCalculator.ZONE).toLocalDate();
        String book = "/api/counters/000.01.01.H99/tracking-book.pdf";

        String daily = text(as("tiepnhan.tandinh").getForEntity(book + "?day=" + today, byte[].class));
        assertThat(daily).contains("SỔ THEO DÕI HỒ SƠ",
                "Ngày " + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), one.code(), two.code(),
                "Trần Thị Bình", "Đăng ký khai sinh", PrintedDates.day(one.submittedAt()),
                PrintedDates.day(one.appointmentAt()));
        assertThat(daily.indexOf(one.code())).isLessThan(daily.indexOf(two.code()));
        String monthly = text(as("tiepnhan.tandinh").getForEntity(book + "?month=" + YearMonth.from(today), byte[].class));
        assertThat(monthly).contains("Tháng " + today.format(DateTimeFormatter.ofPattern("MM/yyyy")), one.code(),
                two.code());
        String dayBefore = text(as("tiepnhan.tandinh").getForEntity(book + "?day=" + today.minusDays(1), byte[].class));
        assertThat(dayBefore).doesNotContain(one.code()).contains("Không có hồ sơ nào");

        OfficerSession counter = OfficerSession.login(port, "tiepnhan.tandinh", PASSWORD);
        assertThat(counter.get("/ho-so").body()).contains(book + "?day=" + today);

        // another counter's officer learns nothing of this one; a period must be one day or one month
        assertThat(as("tiepnhan.kinhbac").getForEntity(book + "?day=" + today, String.class).getStatusCode().value())
                .isEqualTo(404);
        for (String bad : List.of("", "?day=" + today + "&month=" + YearMonth.from(today), "?day=07/12/2026",
                "?month=2026-13")) {
            ResponseEntity<String> refused = as("tiepnhan.tandinh").getForEntity(book + bad, String.class);
            assertThat(refused.getStatusCode().value()).as(bad).isEqualTo(400);
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(json.readTree(refused.getBody()).get("detail").asText()).as(bad).contains("kỳ");
        }
    }

    private String receive(String idNumber) throws Exception {
        ResponseEntity<String> answer = as("tiepnhan.tandinh").postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", idNumber)), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        return json.readTree(answer.getBody()).get("id").asText();
    }

    private static String text(ResponseEntity<byte[]> pdf) throws Exception {
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (var document = Loader.loadPDF(pdf.getBody())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private TestRestTemplate as(String officer) {
        return http.withBasicAuth(officer, PASSWORD);
    }
}
