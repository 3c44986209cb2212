package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

import vn.motcua.IntegrationTest;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/** Counter receipt through the API, its files, the public lookup, and every kind of bad input. */
@IntegrationTest
class DossierApiIT {

    private static final String TAN_DINH_CENTER = "000.01.01.H99";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    private TestRestTemplate counter() {
        return http.withBasicAuth("tiepnhan.tandinh", "test-password");
    }

    @Test
    void a_complete_dossier_received_at_the_counter_gets_a_code_of_the_center_and_a_same_day_appointment() throws Exception {
        ResponseEntity<String> answer = counter().postForEntity("/api/dossiers", jsonEntity(birthRegistration("received", "079201003333")), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        JsonNode dossier = json.readTree(answer.getBody());
        String today = DateTimeFormatter.ofPattern("yyMMdd").format(LocalDate.now(WorkingTimeCalculator.ZONE));
        assertThat(dossier.get("code").asText()).matches(TAN_DINH_CENTER.replace(".", "\\.") + "-" + today + "-\\d{4}");
        // received (2), and at once in handling at the competent unit (4)
        assertThat(dossier.get("status").asInt()).isEqualTo(4);
        assertThat(dossier.get("procedureVersion").asInt()).isEqualTo(1);
        Instant received = Instant.parse(dossier.get("receivedAt").asText());
        Instant appointment = Instant.parse(dossier.get("appointmentAt").asText());
        assertThat(appointment).isAfter(received);
        assertThat(appointment.atZone(WorkingTimeCalculator.ZONE).toLocalTime().toString()).isEqualTo("17:30");
    }

    @Test
    void the_public_lookup_answers_with_status_and_appointment_only_for_the_right_id() throws Exception {
        JsonNode dossier = json.readTree(counter().postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", "079201004444")), String.class).getBody());
        String code = dossier.get("code").asText();

        ResponseEntity<String> right = http.getForEntity("/api/public/dossiers/" + code + "?applicantId=079201004444", String.class);
        assertThat(right.getStatusCode().value()).isEqualTo(200);
        assertThat(right.getBody()).contains("\"status\":4").contains("appointmentAt")
                .doesNotContain("Trần Thị Bình").doesNotContain("0901234567");

        ResponseEntity<String> wrongId = http.getForEntity("/api/public/dossiers/" + code + "?applicantId=079201009999", String.class);
        ResponseEntity<String> unknown = http.getForEntity("/api/public/dossiers/KHONG-CO?applicantId=079201004444", String.class);
        assertThat(wrongId.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(wrongId.getBody()).get("detail")).isEqualTo(json.readTree(unknown.getBody()).get("detail"));
    }

    @Test
    void the_receipt_slip_is_a_pdf_with_the_code_and_the_public_lookup_page_opens_without_login() throws Exception {
        JsonNode dossier = json.readTree(counter().postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", "079201002222")), String.class).getBody());
        String code = dossier.get("code").asText();

        ResponseEntity<byte[]> pdf = counter().getForEntity("/api/dossiers/" + dossier.get("id").asText() + "/receipt.pdf",
                byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (var document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(code).contains("Trần Thị Bình").contains("Đăng ký khai sinh");
        }

        ResponseEntity<String> page = http.getForEntity("/tra-cuu?ma=" + code + "&cccd=079201002222", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Đang xử lý").contains(code).doesNotContain("Trần Thị Bình");
        assertThat(http.getForEntity("/tra-cuu?ma=" + code + "&cccd=079201000000", String.class).getBody())
                .contains("Không tìm thấy hồ sơ");
    }

    @Test
    void files_received_with_a_dossier_are_kept_with_their_checksum() throws Exception {
        byte[] scan = "%PDF-1.4 giấy chứng sinh".getBytes(StandardCharsets.UTF_8);
        ResponseEntity<String> answer = counter().postForEntity("/api/dossiers",
                multipart(birthRegistration("received", "079201005555"), "giay-chung-sinh.pdf", "application/pdf", scan),
                String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        JsonNode document = json.readTree(answer.getBody()).get("documents").get(0);
        assertThat(document.get("fileName").asText()).isEqualTo("giay-chung-sinh.pdf");
        assertThat(document.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(scan)));
        String id = json.readTree(answer.getBody()).get("id").asText();
        ResponseEntity<byte[]> download = counter().getForEntity("/api/dossiers/" + id + "/documents/"
                + document.get("id").asText(), byte[].class);
        assertThat(download.getBody()).isEqualTo(scan);
    }

    @Test
    void bad_input_gets_a_clear_400_and_writes_nothing() throws Exception {
        long before = dossierCount();
        Map<String, String> cases = Map.of(
                birthRegistration("received", "079201006666").replace("1.001193", "9.999999"), "Không có thủ tục mã \"9.999999\"",
                birthRegistration("received", ""), "Thiếu số định danh",
                birthRegistration("received", "12345"), "CCCD gồm 12 chữ số",
                birthRegistration("maybe", "079201006666"), "received, supplement hoặc refused",
                "{\"procedureCode\": \"1.001193\", ", "JSON");
        for (var badCase : cases.entrySet()) {
            ResponseEntity<String> answer = counter().postForEntity("/api/dossiers", jsonEntity(badCase.getKey()), String.class);
            assertThat(answer.getStatusCode().value()).as(badCase.getValue()).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(json.readTree(answer.getBody()).get("detail").asText()).contains(badCase.getValue());
        }
        byte[] tooLarge = new byte[11 * 1024 * 1024];
        ResponseEntity<String> oversized = counter().postForEntity("/api/dossiers",
                multipart(birthRegistration("received", "079201006666"), "scan.pdf", "application/pdf", tooLarge), String.class);
        assertThat(oversized.getStatusCode().value()).isIn(400, 413);
        ResponseEntity<String> executable = counter().postForEntity("/api/dossiers",
                multipart(birthRegistration("received", "079201006666"), "virus.exe", "application/x-msdownload", new byte[10]),
                String.class);
        assertThat(executable.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(executable.getBody()).get("detail").asText()).contains("định dạng không được chấp nhận");

        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void an_officer_of_another_center_can_neither_receive_for_this_center_nor_read_its_dossiers() throws Exception {
        ResponseEntity<String> forOtherCenter = http.withBasicAuth("tiepnhan.tanan", "test-password")
                .postForEntity("/api/dossiers", jsonEntity(birthRegistration("received", "079201007777")), String.class);
        assertThat(forOtherCenter.getStatusCode().value()).isEqualTo(403);

        String id = json.readTree(counter().postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", "079201007777")), String.class).getBody()).get("id").asText();
        ResponseEntity<String> read = http.withBasicAuth("tiepnhan.tanan", "test-password")
                .getForEntity("/api/dossiers/" + id, String.class);
        assertThat(read.getStatusCode().value()).isEqualTo(404);
        assertThat(read.getBody()).doesNotContain("Trần Thị Bình");
    }

    @Test
    void a_refused_dossier_cannot_be_withdrawn_and_stays_as_it_was() throws Exception {
        JsonNode refused = json.readTree(counter().postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("refused", "079201008888")), String.class).getBody());
        assertThat(refused.get("status").asInt()).isEqualTo(3);

        ResponseEntity<String> withdrawal = counter().postForEntity("/api/dossiers/" + refused.get("id").asText()
                + "/withdrawal", jsonEntity("{}"), String.class);
        assertThat(withdrawal.getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(withdrawal.getBody()).get("detail").asText()).contains("không thể rút hồ sơ");
        assertThat(json.readTree(counter().getForEntity("/api/dossiers/" + refused.get("id").asText(), String.class)
                .getBody()).get("status").asInt()).isEqualTo(3);
    }

    private long dossierCount() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(String dossierJson, String fileName,
                                                                             String contentType, byte[] content) {
        var parts = new LinkedMultiValueMap<String, Object>();
        HttpHeaders jsonHeaders = new HttpHeaders();
        jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
        parts.add("dossier", new HttpEntity<>(dossierJson, jsonHeaders));
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.parseMediaType(contentType));
        parts.add("files", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, fileHeaders));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }
}
