package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
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
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.TimeLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * A judicial record certificate, an inter-unit procedure: received at the Tân An commune counter, waiting
 * for its fee (status 6) until the counter collects it in cash, handled by the Department of Justice's
 * specialist and leader (each signed in as themselves) with one supplement pause, and returned at the same
 * counter.
 */
@IntegrationTest
class JudicialRecordJourneyIT {

    private static final String PASSWORD = "test-password";
    private static final String TAN_AN_CENTER = "000.02.01.H99";
    private static final String JUSTICE = "000.00.10.H99";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    Deadlines deadlines;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    private TestRestTemplate as(String officer) {
        return http.withBasicAuth(officer, PASSWORD);
    }

    @Test
    void received_at_a_commune_handled_by_the_department_with_one_supplement_and_returned_where_received() throws Exception {
        // receipt at the commune counter
        ResponseEntity<String> receipt = as("tiepnhan.tanan").postForEntity("/api/dossiers", jsonEntity("""
                {"procedureCode": "2.000488", "channel": "COUNTER", "receivingUnit": "%s",
                 "applicant": {"name": "Hồ Thị Thu Trang", "idNumber": "079301012345", "phone": "0912345678",
                               "address": "Ấp 3, xã Tân An"},
                 "completeness": "received",
                 "details": {"applicantType": "citizen", "requestType": "form-1", "purpose": "Xin việc làm",
                             "copiesRequested": 1}}""".formatted(TAN_AN_CENTER)), String.class);
        assertThat(receipt.getStatusCode().value()).isEqualTo(201);
        JsonNode dossier = json.readTree(receipt.getBody());
        String id = dossier.get("id").asText();
        assertThat(dossier.get("code").asText()).startsWith(TAN_AN_CENTER + "-");
        Instant receivedAt = Instant.parse(dossier.get("receivedAt").asText());
        assertThat(Instant.parse(dossier.get("appointmentAt").asText()))
                .isEqualTo(deadlines.deadline(receivedAt, TimeLimit.workingDays(10)));

        // the fee is due: the department sees nothing until the commune counter collects it in cash
        assertThat(status(id)).isEqualTo(6);
        assertThat(as("chuyenvien.tuphap").getForEntity("/engine-rest/task?processInstanceBusinessKey=" + id,
                String.class).getBody()).isEqualTo("[]");
        complete("tiepnhan.tanan", taskOf(id, "tiepnhan.tanan", "Task_CollectAtCounter"), "{}");
        assertThat(jdbc.sql("select method || ':' || amount_vnd || ':' || recorded_by from payment where dossier_id = ?")
                .param(id).query(String.class).single()).isEqualTo("CASH:200000:tiepnhan.tanan");
        assertThat(status(id)).isEqualTo(4);

        // the department's specialist asks for a supplement: the clock stops
        String appraisal = taskOf(id, "chuyenvien.tuphap", "Task_Appraise");
        complete("chuyenvien.tuphap", appraisal, """
                {"appraisalOutcome": {"value": "supplement"}, "supplementReason": {"value": "Thiếu bản chụp CCCD"},
                 "recordFinding": {"value": "no-record"}, "appraisalNote": {"value": "Cần bổ sung"}}""");
        assertThat(status(id)).isEqualTo(5);
        assertThat(apologyTimerDue(id)).as("the apology timer waits while the applicant supplements")
                .isAfter(Instant.parse("9000-01-01T00:00:00Z"));

        // the commune counter notifies the applicant, then records the supplement through the API
        complete("tiepnhan.tanan", taskOf(id, "tiepnhan.tanan", "Task_NotifyApplicant"), """
                {"notifyMethod": {"value": "phone"}}""");
        assertThat(taskOf(id, "tiepnhan.tanan", "Task_RecordSupplement")).isNotNull();
        ResponseEntity<String> supplement = as("tiepnhan.tanan").postForEntity("/api/dossiers/" + id + "/supplement",
                supplementUpload(), String.class);
        assertThat(supplement.getStatusCode().value()).isEqualTo(200);
        assertThat(status(id)).isEqualTo(4);
        assertThat(apologyTimerDue(id)).as("resumed with the working time that remained")
                .isBefore(Instant.parse("9000-01-01T00:00:00Z")).isAfter(receivedAt);

        // appraisal and approval at the department
        complete("chuyenvien.tuphap", taskOf(id, "chuyenvien.tuphap", "Task_Appraise"), """
                {"appraisalOutcome": {"value": "approve"}, "recordFinding": {"value": "no-record"},
                 "appraisalNote": {"value": "Không có án tích"}}""");
        assertThat(status(id)).isEqualTo(4);
        complete("lanhdao.tuphap", taskOf(id, "lanhdao.tuphap", "Task_Approve"), """
                {"leaderDecision": {"value": "approve"}, "certificateNumber": {"value": "LLTP-2025-0001"}}""");
        assertThat(status(id)).isEqualTo(9);

        // the result goes back to the commune counter where it was received
        assertThat(as("chuyenvien.tuphap").getForEntity("/engine-rest/task?processInstanceBusinessKey=" + id
                + "&taskDefinitionKey=Task_ReturnResult", String.class).getBody()).isEqualTo("[]");
        ResponseEntity<String> returned = as("tiepnhan.tanan").postForEntity("/api/dossiers/" + id + "/return",
                jsonEntity("{\"returnMethod\": \"counter\", \"receivedBy\": \"Hồ Thị Thu Trang\"}"), String.class);
        assertThat(returned.getStatusCode().value()).isEqualTo(200);
        JsonNode done = json.readTree(returned.getBody());
        assertThat(done.get("status").asInt()).isEqualTo(10);
        // finished the day it was received with ten working days allowed: early (trước hạn), not late
        assertThat(done.get("classification").asText()).isEqualTo("EARLY");

        List<Integer> statuses = json.readTree(as("tiepnhan.tanan").getForEntity("/api/dossiers/" + id
                + "/status-history", String.class).getBody()).findValues("status").stream().map(JsonNode::asInt).toList();
        assertThat(statuses).containsSubsequence(2, 6, 4, 5, 4, 9, 10);

        JsonNode sheet = json.readTree(as("tiepnhan.tanan").getForEntity("/api/dossiers/" + id + "/control-sheet",
                String.class).getBody());
        assertThat(sheet.findValues("stepKey").stream().map(JsonNode::asText).toList()).containsSubsequence(
                "Task_CollectAtCounter", "Task_Appraise", "Task_NotifyApplicant", "Task_RecordSupplement", "Task_Appraise", "Task_Approve",
                "Task_ReturnResult");
        for (JsonNode step : sheet) {
            assertThat(step.get("completedAt").isNull()).as(step.toString()).isFalse();
            assertThat(step.get("completedBy").asText()).isNotBlank();
        }
        assertThat(sheet.get(0).get("unitCode").asText()).isEqualTo(TAN_AN_CENTER);
        assertThat(sheet.get(0).get("completedBy").asText()).isEqualTo("tiepnhan.tanan");
        assertThat(sheet.get(1).get("unitCode").asText()).isEqualTo(JUSTICE);
        assertThat(sheet.get(1).get("completedBy").asText()).isEqualTo("chuyenvien.tuphap");
        assertThat(sheet.get(sheet.size() - 1).get("unitCode").asText()).isEqualTo(TAN_AN_CENTER);

        // nothing can be withdrawn once the result was returned, and nothing changes
        ResponseEntity<String> withdrawal = as("tiepnhan.tanan").postForEntity("/api/dossiers/" + id + "/withdrawal",
                jsonEntity("{}"), String.class);
        assertThat(withdrawal.getStatusCode().value()).isEqualTo(409);
        assertThat(status(id)).isEqualTo(10);
    }

    private Instant apologyTimerDue(String dossierId) {
        var job = engine.getManagementService().createJobQuery().processInstanceId(
                engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossierId)
                        .processDefinitionKey("judicial-record").singleResult().getId())
                .activityId("Timer_Apology").singleResult();
        return job.getDuedate().toInstant();
    }

    private int status(String id) throws Exception {
        return json.readTree(as("tiepnhan.tanan").getForEntity("/api/dossiers/" + id, String.class).getBody())
                .get("status").asInt();
    }

    private String taskOf(String dossierId, String officer, String taskKey) throws Exception {
        return DossierRequests.claimOnlyTask(as(officer), officer, dossierId, taskKey);
    }

    private void complete(String officer, String taskId, String variables) {
        DossierRequests.completeTask(as(officer), taskId, variables);
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> supplementUpload() {
        var parts = new LinkedMultiValueMap<String, Object>();
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.IMAGE_JPEG);
        parts.add("files", new HttpEntity<>(new ByteArrayResource(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3}) {
            @Override
            public String getFilename() {
                return "cccd.jpg";
            }
        }, fileHeaders));
        parts.add("note", "Đã nộp bản chụp CCCD");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }
}
