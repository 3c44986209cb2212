package vn.motcua.files;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.claimOnlyTask;
import static vn.motcua.dossier.DossierRequests.completeTask;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * An uploaded file whose bytes are not what it declares is refused with a 400 problem naming the file and
 * nothing is stored: with a new dossier, with a supplement, and as a catalog import. Genuine PDF, JPEG
 * and PNG files are still stored.
 */
@IntegrationTest
class UploadSignatureIT {

    private static final byte[] XLSX_AS_TEXT = "STT;Mã thủ tục;Tên thủ tục\n1;1.001193;Đăng ký khai sinh\n"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    private TestRestTemplate counter() {
        return http.withBasicAuth("tiepnhan.tandinh", "test-password");
    }

    private record Upload(String fileName, String contentType, byte[] content) {
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> form(String dossierJson, String note, Upload... uploads) {
        var parts = new LinkedMultiValueMap<String, Object>();
        if (dossierJson != null) {
            HttpHeaders jsonHeaders = new HttpHeaders();
            jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
            parts.add("dossier", new HttpEntity<>(dossierJson, jsonHeaders));
        }
        if (note != null) {
            parts.add("note", note);
        }
        for (Upload upload : uploads) {
            HttpHeaders fileHeaders = new HttpHeaders();
            fileHeaders.setContentType(MediaType.parseMediaType(upload.contentType()));
            parts.add(dossierJson == null && note == null ? "file" : "files", new HttpEntity<>(
                    new ByteArrayResource(upload.content()) {
                        @Override
                        public String getFilename() {
                            return upload.fileName();
                        }
                    }, fileHeaders));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void assertRefusedNaming(ResponseEntity<String> answer, String fileName) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(answer.getBody()).get("detail").asText()).as(answer.getBody())
                .contains("\"" + fileName + "\"");
    }

    @Test
    void a_dossier_whose_file_is_not_what_it_declares_is_refused_and_nothing_is_stored() throws Exception {
        var cases = new Upload[]{
                new Upload("giay-chung-sinh.pdf", "application/pdf", SampleFiles.HTML),
                new Upload("anh-chup-cccd.png", "image/png", SampleFiles.ELF),
                new Upload("cccd.png", "image/png", SampleFiles.JPEG),
                new Upload("cccd.jpg", "image/png", SampleFiles.JPEG)};
        for (Upload bad : cases) {
            long dossiers = count("dossier");
            long documents = count("dossier_document");
            ResponseEntity<String> answer = counter().postForEntity("/api/dossiers", form(
                    birthRegistration("received", "079201009901"), null,
                    new Upload("to-khai.pdf", "application/pdf", SampleFiles.PDF), bad), String.class);
            assertRefusedNaming(answer, bad.fileName());
            assertThat(count("dossier")).as(bad.fileName()).isEqualTo(dossiers);
            assertThat(count("dossier_document")).as(bad.fileName()).isEqualTo(documents);
        }
    }

    @Test
    void genuine_pdf_jpeg_and_png_files_are_stored() throws Exception {
        ResponseEntity<String> answer = counter().postForEntity("/api/dossiers", form(
                birthRegistration("received", "079201009902"), null,
                new Upload("to-khai.pdf", "application/pdf", SampleFiles.PDF),
                new Upload("cccd.jpg", "image/jpeg", SampleFiles.JPEG),
                new Upload("so-do.png", "image/png", SampleFiles.PNG)), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        JsonNode documents = json.readTree(answer.getBody()).get("documents");
        assertThat(documents).hasSize(3);
    }

    /**
     * A judicial record request at the Tân An counter, its fee collected there, whose specialist asked for a
     * supplement: the counter records it.
     */
    private String dossierWaitingForASupplement() throws Exception {
        ResponseEntity<String> receipt = as("tiepnhan.tanan").postForEntity("/api/dossiers", jsonEntity("""
                {"procedureCode": "2.000488", "channel": "COUNTER", "receivingUnit": "000.02.01.H99",
                 "applicant": {"name": "Hồ Thị Thu Trang", "idNumber": "079301019903", "phone": "0912345678",
                               "address": "Ấp 3, xã Tân An"},
                 "completeness": "received",
                 "details": {"applicantType": "citizen", "requestType": "form-1", "purpose": "Xin việc làm",
                             "copiesRequested": 1}}"""), String.class);
        assertThat(receipt.getStatusCode().value()).as(receipt.getBody()).isEqualTo(201);
        String id = json.readTree(receipt.getBody()).get("id").asText();
        completeTask(as("tiepnhan.tanan"), claimOnlyTask(as("tiepnhan.tanan"), "tiepnhan.tanan", id,
                "Task_CollectAtCounter"), "{}");
        completeTask(as("chuyenvien.tuphap"), claimOnlyTask(as("chuyenvien.tuphap"), "chuyenvien.tuphap", id,
                "Task_Appraise"), """
                {"appraisalOutcome": {"value": "supplement"}, "supplementReason": {"value": "Thiếu bản chụp CCCD"},
                 "recordFinding": {"value": "no-record"}, "appraisalNote": {"value": "Cần bổ sung"}}""");
        completeTask(as("tiepnhan.tanan"), claimOnlyTask(as("tiepnhan.tanan"), "tiepnhan.tanan", id,
                "Task_NotifyApplicant"), """
                {"notifyMethod": {"value": "phone"}}""");
        return id;
    }

    private TestRestTemplate as(String officer) {
        return http.withBasicAuth(officer, "test-password");
    }

    @Test
    void a_supplement_whose_file_is_not_what_it_declares_is_refused_and_nothing_is_stored() throws Exception {
        String id = dossierWaitingForASupplement();

        ResponseEntity<String> answer = as("tiepnhan.tanan").postForEntity("/api/dossiers/" + id + "/supplement",
                form(null, "Đã nộp bản chụp CCCD", new Upload("cccd.jpg", "image/jpeg", SampleFiles.HTML)), String.class);
        assertRefusedNaming(answer, "cccd.jpg");
        assertThat(jdbc.sql("select count(*) from dossier_document where dossier_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(json.readTree(as("tiepnhan.tanan").getForEntity("/api/dossiers/" + id, String.class).getBody())
                .get("status").asInt()).as("still waiting for the supplement").isEqualTo(5);

        ResponseEntity<String> genuine = as("tiepnhan.tanan").postForEntity("/api/dossiers/" + id + "/supplement",
                form(null, "Đã nộp bản chụp CCCD", new Upload("cccd.jpg", "image/jpeg", SampleFiles.JPEG)), String.class);
        assertThat(genuine.getStatusCode().value()).as(genuine.getBody()).isEqualTo(200);
    }

    @Test
    void a_catalog_workbook_that_is_plain_text_is_refused_and_nothing_is_imported() throws Exception {
        long versions = count("catalog_procedure");
        ResponseEntity<String> answer = http.withBasicAuth("thietke", "test-password").postForEntity(
                "/api/catalog/imports", form(null, null, new Upload("danh-muc-2026.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XLSX_AS_TEXT)), String.class);
        assertRefusedNaming(answer, "danh-muc-2026.xlsx");
        assertThat(count("catalog_procedure")).isEqualTo(versions);

        ResponseEntity<String> binaryCsv = http.withBasicAuth("thietke", "test-password").postForEntity(
                "/api/catalog/imports", form(null, null, new Upload("danh-muc-2026.csv", "text/csv",
                        SampleFiles.ELF)), String.class);
        assertRefusedNaming(binaryCsv, "danh-muc-2026.csv");
        assertThat(count("catalog_procedure")).isEqualTo(versions);
    }
}
