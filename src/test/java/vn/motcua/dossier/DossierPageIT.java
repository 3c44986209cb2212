package vn.motcua.dossier;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * The counter's dossier page linked from every task form, today's list to print form 1 from, and the
 * printouts of forms 2 and 3, with the rule that an officer sees only dossiers of the units involved.
 */
@IntegrationTest
class DossierPageIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    private JsonNode receive(String completeness, String idNumber) throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .postForEntity("/api/dossiers", jsonEntity(birthRegistration(completeness, idNumber)), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        return json.readTree(answer.getBody());
    }

    private static String pdfText(ResponseEntity<byte[]> pdf) throws Exception {
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (var document = Loader.loadPDF(pdf.getBody())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_counter_officer_sees_the_dossier_its_status_history_and_the_print_links_and_finds_it_in_todays_list()
            throws Exception {
        JsonNode dossier = receive("received", "079201017171");
        String id = dossier.get("id").asText();
        String code = dossier.get("code").asText();
        OfficerSession counter = OfficerSession.login(port, "tiepnhan.tandinh", "test-password");

        HttpResponse<String> page = counter.get("/ho-so/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(code, "Đăng ký khai sinh", "Trần Thị Bình", "Đang xử lý",
                "Trực tiếp tại bộ phận một cửa", "Trung tâm Phục vụ hành chính công phường Tân Định",
                "Thời gian hẹn trả kết quả", "Lịch sử trạng thái", "Đã tiếp nhận",
                "/api/dossiers/" + id + "/receipt.pdf", "/ho-so/" + id + "/phieu-kiem-soat")
                .doesNotContain("/api/dossiers/" + id + "/refusal.pdf", "/api/dossiers/" + id + "/supplement-request.pdf");

        HttpResponse<String> today = counter.get("/ho-so");
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains("Hồ sơ tiếp nhận hôm nay", code, "/api/dossiers/" + id + "/receipt.pdf");
        assertThat(OfficerSession.login(port, "tiepnhan.kinhbac", "test-password").get("/ho-so").body())
                .as("another center's list").doesNotContain(code);
    }

    @Test
    void an_officer_of_an_uninvolved_unit_and_an_unknown_dossier_both_get_the_vietnamese_404_page()
            throws Exception {
        String id = receive("received", "079201017172").get("id").asText();

        HttpResponse<String> foreign = OfficerSession.login(port, "tiepnhan.kinhbac", "test-password").get("/ho-so/" + id);
        assertThat(foreign.statusCode()).as("not-yours looks like unknown").isEqualTo(404);
        assertThat(foreign.body()).contains("Không tìm thấy").doesNotContain("Trần Thị Bình");

        HttpResponse<String> unknown = OfficerSession.login(port, "tiepnhan.tandinh", "test-password")
                .get("/ho-so/00000000-0000-0000-0000-000000000000");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không tìm thấy").doesNotContain("Exception");
    }

    @Test
    void an_incomplete_dossier_prints_the_supplement_request_with_its_missing_document_and_no_refusal() throws Exception {
        JsonNode dossier = receive("supplement", "079201017173");
        String id = dossier.get("id").asText();
        TestRestTemplate counter = http.withBasicAuth("tiepnhan.tandinh", "test-password");

        String text = pdfText(counter.getForEntity("/api/dossiers/" + id + "/supplement-request.pdf", byte[].class));
        assertThat(text).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", dossier.get("code").asText(),
                "Trần Thị Bình", "Đăng ký khai sinh", "Giấy chứng sinh", "Bản chính");

        ResponseEntity<String> noRefusal = counter.getForEntity("/api/dossiers/" + id + "/refusal.pdf", String.class);
        assertThat(noRefusal.getStatusCode().value()).isEqualTo(409);
        assertThat(noRefusal.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(noRefusal.getBody()).contains("Hồ sơ không bị từ chối");
        assertThat(OfficerSession.login(port, "tiepnhan.tandinh", "test-password").get("/ho-so/" + id).body())
                .contains("/api/dossiers/" + id + "/supplement-request.pdf", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)");
    }

    @Test
    void a_supplement_asked_by_the_handling_unit_prints_its_documents_and_the_steps_note_appears_on_the_page()
            throws Exception {
        String id = receive("received", "079201017175").get("id").asText();
        Task appraisal = tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("Task_Appraise")
                .singleResult();
        tasks.setAssignee(appraisal.getId(), "hotich.tandinh");
        tasks.complete(appraisal.getId(), Map.of("appraisalOutcome", "supplement",
                "supplementReason", "Bản sao Giấy chứng nhận kết hôn của cha, mẹ", "stepNote", "Thiếu giấy tờ chứng minh quan hệ"));

        String text = pdfText(http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .getForEntity("/api/dossiers/" + id + "/supplement-request.pdf", byte[].class));
        assertThat(text).contains("Bản sao Giấy chứng nhận kết hôn của cha, mẹ", "ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐỊNH")
                .doesNotContain("Giấy chứng sinh");
        assertThat(OfficerSession.login(port, "tiepnhan.tandinh", "test-password").get("/ho-so/" + id).body())
                .contains("Ý kiến của các bước", "Thiếu giấy tờ chứng minh quan hệ", "hotich.tandinh");
    }

    @Test
    void a_refused_dossier_prints_the_refusal_with_its_reason_but_not_for_another_unit() throws Exception {
        JsonNode dossier = receive("refused", "079201017174");
        String id = dossier.get("id").asText();

        String text = pdfText(http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .getForEntity("/api/dossiers/" + id + "/refusal.pdf", byte[].class));
        assertThat(text).contains("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", dossier.get("code").asText(),
                "Trần Thị Bình", "Không thuộc thẩm quyền");

        ResponseEntity<String> foreign = http.withBasicAuth("tiepnhan.kinhbac", "test-password")
                .getForEntity("/api/dossiers/" + id + "/refusal.pdf", String.class);
        assertThat(foreign.getStatusCode().value()).isEqualTo(404);
        assertThat(foreign.getBody()).doesNotContain("Trần Thị Bình");
        ResponseEntity<String> unknown = http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .getForEntity("/api/dossiers/00000000-0000-0000-0000-000000000000/supplement-request.pdf", String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }
}
