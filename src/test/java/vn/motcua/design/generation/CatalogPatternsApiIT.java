package vn.motcua.design.generation;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.catalog.importing.CatalogUploads;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.TimeLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.claimOnlyTask;
import static vn.motcua.dossier.DossierRequests.completeTask;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * A designer imports procedures in the national record's layout through the API; one dossier of each pattern then
 * runs from the counter to the returned result through the HTTP APIs only, each step done by an officer of the unit
 * the pattern routes it to: a commune procedure under its complex-case limit, a department procedure received at a
 * commune (liên thông) with its fee table, agencies consulted in sequence, and a fee paid before the result.
 */
@IntegrationTest
class CatalogPatternsApiIT {

    private static final String PASSWORD = "test-password";
    private static final String TAN_DINH_CENTER = "000.01.01.H99";
    private static final String TAN_AN_CENTER = "000.02.01.H99";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    Deadlines deadlines;

    @Test
    void one_dossier_of_each_pattern_runs_from_reception_to_the_returned_result() throws Exception {
        String csv = """
                Mã thủ tục;Tên thủ tục;Cấp thực hiện;Lĩnh vực;Cơ quan thực hiện;Cơ quan phối hợp;Thời hạn giải quyết;\
                Thời hạn trường hợp phức tạp;Phí, lệ phí;Thành phần hồ sơ;Quyết định công bố;Mức độ DVC
                2.900201;Xác nhận hiện trạng qua API;Cấp xã;Thử nghiệm API;Ủy ban nhân dân cấp xã;;5 ngày làm việc;\
                15 ngày làm việc;Miễn phí;Đơn đề nghị | 1 | bản chính;902/QĐ-UBND;Một phần
                1.900202;Cấp giấy phép qua API;Cấp tỉnh;Thử nghiệm API;Sở Xây dựng;;10 ngày làm việc;;\
                "Cá nhân: 100.000 đồng/giấy phép
                Tổ chức: 200.000 đồng/giấy phép";Đơn đề nghị | 1 | bản chính;902/QĐ-UBND;Toàn trình
                1.900203;Thẩm định có lấy ý kiến qua API;Cấp tỉnh;Thử nghiệm API;Sở Tư pháp;Sở Xây dựng;\
                10 ngày làm việc;;Miễn phí;Đơn đề nghị | 1 | bản chính;902/QĐ-UBND;Một phần
                1.900204;Cấp chứng chỉ qua API;Cấp tỉnh;Thử nghiệm API;Sở Tư pháp;;10 ngày làm việc;;\
                Nộp khi nhận kết quả. Lệ phí: 150.000 đồng/chứng chỉ;Đơn đề nghị | 1 | bản chính;902/QĐ-UBND;Một phần
                """;
        JsonNode report = importAsDesigner(csv);
        assertThat(report.get("problems")).as(report.toString()).isEmpty();
        assertThat(report.get("written").asBoolean()).isTrue();

        // COMMUNE + complex case: verification moves the appointment to the longer limit
        String commune = receive("tiepnhan.tandinh", TAN_DINH_CENTER, "2.900201", "{}");
        JsonNode received = dossier("tiepnhan.tandinh", commune);
        Instant receivedAt = Instant.parse(received.get("receivedAt").asText());
        assertThat(Instant.parse(received.get("appointmentAt").asText()))
                .isEqualTo(deadlines.deadline(receivedAt, TimeLimit.workingDays(5)));
        work("hotich.tandinh", commune, "Task_Appraise", """
                {"appraisalOutcome": {"value": "verify"}, "complexCaseReason": {"value": "Xác minh tại thực địa"}}""");
        assertThat(Instant.parse(dossier("tiepnhan.tandinh", commune).get("appointmentAt").asText()))
                .isEqualTo(deadlines.deadline(receivedAt, TimeLimit.workingDays(15)));
        work("hotich.tandinh", commune, "Task_Verify", "{\"stepNote\": {\"value\": \"Đúng hiện trạng\"}}");
        work("hotich.tandinh", commune, "Task_Appraise", "{\"appraisalOutcome\": {\"value\": \"approve\"}}");
        work("lanhdao.tandinh", commune, "Task_Sign", "{\"leaderDecision\": {\"value\": \"approve\"}}");
        assertThat(returnResult("tiepnhan.tandinh", commune).get("classification").asText()).isNotEqualTo("LATE");

        // DEPARTMENT received at a commune (liên thông) with a fee table: the line chosen at the counter is paid there
        String department = receive("tiepnhan.tanan", TAN_AN_CENTER, "1.900202", "{\"feeLine\": \"muc-1\"}");
        assertThat(dossier("tiepnhan.tanan", department).get("status").asInt()).isEqualTo(6);
        work("tiepnhan.tanan", department, "Task_CollectAtCounter", "{}");
        work("chuyenvien.xaydung", department, "Task_Appraise", "{\"appraisalOutcome\": {\"value\": \"approve\"}}");
        work("lanhdao.xaydung", department, "Task_Sign", "{\"leaderDecision\": {\"value\": \"approve\"}}");
        assertThat(returnResult("tiepnhan.tanan", department).get("status").asInt()).isEqualTo(10);
        JsonNode receipts = json.readTree(as("tiepnhan.tanan").getForEntity("/api/receipts?dossierId=" + department,
                String.class).getBody());
        assertThat(receipts.findValues("amount").stream().map(JsonNode::asLong)).containsExactly(100_000L);

        // AGENCIES_IN_SEQUENCE: the coordinating department gives its opinion before the implementing one signs
        String sequence = receive("tiepnhan.tanan", TAN_AN_CENTER, "1.900203", "{}");
        work("chuyenvien.tuphap", sequence, "Task_Appraise", "{\"appraisalOutcome\": {\"value\": \"approve\"}}");
        work("chuyenvien.xaydung", sequence, "Task_Consult1", "{\"stepNote\": {\"value\": \"Thống nhất\"}}");
        work("lanhdao.tuphap", sequence, "Task_Sign", "{\"leaderDecision\": {\"value\": \"approve\"}}");
        assertThat(returnResult("tiepnhan.tanan", sequence).get("status").asInt()).isEqualTo(10);

        // the fee is due with the result: paid at the counter before the result is handed over
        String atResult = receive("tiepnhan.tanan", TAN_AN_CENTER, "1.900204", "{}");
        assertThat(dossier("tiepnhan.tanan", atResult).get("status").asInt()).isEqualTo(4);
        work("chuyenvien.tuphap", atResult, "Task_Appraise", "{\"appraisalOutcome\": {\"value\": \"approve\"}}");
        work("lanhdao.tuphap", atResult, "Task_Sign", "{\"leaderDecision\": {\"value\": \"approve\"}}");
        assertThat(dossier("tiepnhan.tanan", atResult).get("status").asInt()).isEqualTo(6);
        work("tiepnhan.tanan", atResult, "Task_CollectAtCounter", "{}");
        assertThat(returnResult("tiepnhan.tanan", atResult).get("status").asInt()).isEqualTo(10);
    }

    @Test
    void a_line_the_fee_table_does_not_have_is_refused_at_the_counter() throws Exception {
        importAsDesigner("""
                Mã thủ tục;Tên thủ tục;Cấp thực hiện;Lĩnh vực;Cơ quan thực hiện;Thời hạn giải quyết;Phí, lệ phí
                1.900205;Cấp giấy phép bảng phí qua API;Cấp tỉnh;Thử nghiệm API;Sở Xây dựng;10 ngày làm việc;\
                "Cá nhân: 100.000 đồng
                Tổ chức: 200.000 đồng"
                """);
        for (String details : new String[] {"{}", "{\"feeLine\": \"muc-9\"}"}) {
            ResponseEntity<String> answer = as("tiepnhan.tanan").postForEntity("/api/dossiers",
                    jsonEntity(registration(TAN_AN_CENTER, "1.900205", details)), String.class);
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
            assertThat(json.readTree(answer.getBody()).get("detail").asText())
                    .contains("muc-1 = Cá nhân").contains("muc-2 = Tổ chức");
        }
    }

    private JsonNode importAsDesigner(String csv) throws Exception {
        return CatalogUploads.imported(as("thietke"), "mau-api.csv", csv);
    }

    private String receive(String officer, String center, String code, String details) throws Exception {
        ResponseEntity<String> answer = as(officer).postForEntity("/api/dossiers",
                jsonEntity(registration(center, code, details)), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        return json.readTree(answer.getBody()).get("id").asText();
    }

    private static String registration(String center, String code, String details) {
        return """
                {"procedureCode": "%s", "channel": "COUNTER", "receivingUnit": "%s",
                 "applicant": {"name": "Phạm Minh Khôi", "idNumber": "079201033333"},
                 "completeness": "received", "details": %s}""".formatted(code, center, details);
    }

    private void work(String officer, String dossierId, String taskKey, String variables) throws Exception {
        completeTask(as(officer), claimOnlyTask(as(officer), officer, dossierId, taskKey), variables);
    }

    private JsonNode returnResult(String officer, String dossierId) throws Exception {
        ResponseEntity<String> returned = as(officer).postForEntity("/api/dossiers/" + dossierId + "/return",
                jsonEntity("{\"returnMethod\": \"counter\", \"receivedBy\": \"Phạm Minh Khôi\"}"), String.class);
        assertThat(returned.getStatusCode().value()).as(returned.getBody()).isEqualTo(200);
        return json.readTree(returned.getBody());
    }

    private JsonNode dossier(String officer, String id) throws Exception {
        return json.readTree(as(officer).getForEntity("/api/dossiers/" + id, String.class).getBody());
    }

    private TestRestTemplate as(String officer) {
        return http.withBasicAuth(officer, PASSWORD);
    }
}
