package vn.motcua.dossier;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

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

import vn.motcua.CitizenSession;
import vn.motcua.IntegrationTest;
import vn.motcua.catalog.importing.CatalogUploads;
import vn.motcua.OfficerSession;
import vn.motcua.printing.PrintedDates;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.TimeLimit;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.claimOnlyTask;
import static vn.motcua.dossier.DossierRequests.completeTask;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * The applicant is told in writing when the handling unit decides a verification: the notice that the complex-case
 * limit applies prints what is verified and both appointments, the dossier page links it, and the public lookup and
 * the citizen's own page say the dossier is being verified and when it is due. None of it exists before.
 */
@IntegrationTest
class ComplexCaseNoticeIT {

    private static final String PASSWORD = "test-password";
    private static final String TAN_DINH_CENTER = "000.01.01.H99";
    /** The simulated national e-ID's demo citizen, the applicant here so that they see their own page. */
    private static final String APPLICANT = "048095012345";
    private static final String REASON = "Xác minh ranh giới thửa đất tại thực địa";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(WorkingTimeCalculator.ZONE);

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    Deadlines deadlines;

    @LocalServerPort
    int port;

    @Test
    void verification_makes_the_notice_printable_with_the_reason_and_both_appointments_and_the_lookups_tell_it()
            throws Exception {
        JsonNode report = importAsDesigner("""
                Mã thủ tục;Tên thủ tục;Cấp thực hiện;Lĩnh vực;Cơ quan thực hiện;Thời hạn giải quyết;\
                Thời hạn trường hợp phức tạp;Phí, lệ phí;Thành phần hồ sơ;Căn cứ pháp lý;Mức độ DVC
                2.900401;Xác nhận ranh giới thửa đất thông báo;Cấp xã;Thử nghiệm thông báo;Ủy ban nhân dân cấp xã;\
                5 ngày làm việc;15 ngày làm việc;Miễn phí;Đơn đề nghị | 1 | bản chính;\
                Nghị định số 102/2024/NĐ-CP;Một phần
                """);
        assertThat(report.get("problems")).as(report.toString()).isEmpty();

        String id = receive();
        JsonNode received = dossier(id);
        String code = received.get("code").asText();
        Instant receivedAt = Instant.parse(received.get("receivedAt").asText());
        Instant original = deadlines.deadline(receivedAt, TimeLimit.workingDays(5));
        Instant longer = deadlines.deadline(receivedAt, TimeLimit.workingDays(15));
        String notice = "/api/dossiers/" + id + "/complex-case-notice.pdf";
        String line = "Hồ sơ cần xác minh; thời hạn giải quyết theo trường hợp phức tạp: hẹn trả";

        ResponseEntity<String> before = as("tiepnhan.tandinh").getForEntity(notice, String.class);
        assertThat(before.getStatusCode().value()).isEqualTo(404);
        assertThat(before.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(before.getBody()).contains("trường hợp phức tạp");
        OfficerSession counter = OfficerSession.login(port, "tiepnhan.tandinh", PASSWORD);
        assertThat(counter.get("/ho-so/" + id).body()).doesNotContain(notice);
        assertThat(lookup(code)).doesNotContain(line);

        completeTask(as("hotich.tandinh"), claimOnlyTask(as("hotich.tandinh"), "hotich.tandinh", id, "Task_Appraise"),
                """
                {"appraisalOutcome": {"value": "verify"}, "complexCaseReason": {"value": "%s"}}""".formatted(REASON));

        ResponseEntity<byte[]> pdf = as("tiepnhan.tandinh").getForEntity(notice, byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        String text;
        try (var document = Loader.loadPDF(pdf.getBody())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Về việc áp dụng thời hạn giải quyết trường hợp phức tạp", code, "Phạm Minh Khôi",
                "Xác nhận ranh giới thửa đất thông báo", REASON, "15 ngày làm việc", "Nghị định số 102/2024/NĐ-CP",
                "ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐỊNH",
                "Hẹn trả kết quả theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả: " + PrintedDates.time(original),
                "Thời gian hẹn trả kết quả mới: " + PrintedDates.time(longer));

        assertThat(counter.get("/ho-so/" + id).body())
                .contains(notice, "In thông báo áp dụng thời hạn trường hợp phức tạp");
        assertThat(lookup(code)).contains(line + " <strong>" + SHOWN.format(longer) + "</strong>");
        assertThat(CitizenSession.login(port, APPLICANT, "demo").get("/citizen").body())
                .contains(line + " <strong>" + SHOWN.format(longer) + "</strong>");

        // another unit's officer learns nothing, as for the other printed forms
        assertThat(as("tiepnhan.kinhbac").getForEntity(notice, String.class).getStatusCode().value()).isEqualTo(404);
    }

    private JsonNode importAsDesigner(String csv) throws Exception {
        return CatalogUploads.imported(as("thietke"), "thong-bao-phuc-tap.csv", csv);
    }

    private String receive() throws Exception {
        ResponseEntity<String> answer = as("tiepnhan.tandinh").postForEntity("/api/dossiers", jsonEntity("""
                {"procedureCode": "2.900401", "channel": "COUNTER", "receivingUnit": "%s",
                 "applicant": {"name": "Phạm Minh Khôi", "idNumber": "%s"},
                 "completeness": "received", "details": {}}""".formatted(TAN_DINH_CENTER, APPLICANT)), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        return json.readTree(answer.getBody()).get("id").asText();
    }

    private String lookup(String code) {
        ResponseEntity<String> page = http.getForEntity("/tra-cuu?ma=" + code + "&cccd=" + APPLICANT, String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        return page.getBody();
    }

    private JsonNode dossier(String id) throws Exception {
        return json.readTree(as("tiepnhan.tandinh").getForEntity("/api/dossiers/" + id, String.class).getBody());
    }

    private TestRestTemplate as(String officer) {
        return http.withBasicAuth(officer, PASSWORD);
    }
}
