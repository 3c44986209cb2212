package vn.motcua.design.generation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.catalog.importing.CatalogImports;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * An imported procedure nobody assigned a process to runs the one generated from its record as soon as the import
 * has committed; the designers' report says for each procedure in force how it runs, or why it does not.
 */
@IntegrationTest
class CatalogProcessesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    CatalogImports imports;

    @Autowired
    ProcessEngine engine;

    @Test
    void imported_procedures_run_generated_processes_and_the_report_says_how_each_procedure_runs() throws Exception {
        String csv = """
                Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Cơ quan thực hiện;Thời hạn trực tiếp;Phí, lệ phí;Mức độ DVC
                2.000911;Xác nhận thông tin mẫu;Thử nghiệm sinh quy trình;Cấp xã;Ủy ban nhân dân cấp xã;5 ngày làm việc;Miễn phí;Một phần
                2.000912;Cấp giấy mẫu;Thử nghiệm sinh quy trình;Cấp tỉnh;Sở Tư pháp;10 ngày làm việc;Miễn phí;Một phần
                2.000913;Cấp phép mẫu;Thử nghiệm sinh quy trình;Cấp tỉnh;Sở Ngoại vụ;10 ngày làm việc;Miễn phí;Một phần
                """;
        LocalDate today = LocalDate.now(WorkingTimeCalculator.ZONE);
        var report = imports.importFile("sinh-quy-trinh.csv", csv.getBytes(StandardCharsets.UTF_8),
                new CatalogImports.Options(false, today, false, true), "catalog-processes-it");
        assertThat(report.written()).isTrue();
        // no unit of the province is the agency: the row is refused rather than imported to never run
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("Cơ quan thực hiện");
            assertThat(problem.message()).contains("Sở Ngoại vụ");
        });

        ResponseEntity<String> answer = http.withBasicAuth("thietke", "test-password")
                .getForEntity("/api/catalog/processes", String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        Map<String, JsonNode> byCode = new HashMap<>();
        json.readTree(answer.getBody()).forEach(status -> byCode.put(status.get("code").asText(), status));
        assertThat(byCode.get("2.000911").get("how").asText()).isEqualTo("GENERATED");
        assertThat(byCode.get("2.000911").get("pattern").asText()).isEqualTo("COMMUNE");
        assertThat(byCode.get("2.000912").get("how").asText()).isEqualTo("GENERATED");
        assertThat(byCode.get("2.000912").get("pattern").asText()).isEqualTo("DEPARTMENT");
        assertThat(byCode).doesNotContainKey("2.000913");
        assertThat(byCode.get("1.001193").get("how").asText()).isEqualTo("HAND_DRAWN");
        assertThat(byCode.get("1.001193").get("processKey").asText()).isEqualTo("birth-registration");

        // the counter receives a dossier of the commune procedure at once; the commune's specialist has it
        JsonNode dossier = json.readTree(http.withBasicAuth("tiepnhan.tandinh", "test-password").postForEntity(
                "/api/dossiers", jsonEntity("""
                        {"procedureCode": "2.000911", "channel": "COUNTER", "receivingUnit": "000.01.01.H99",
                         "applicant": {"name": "Lê Văn Cường", "idNumber": "079201022222"},
                         "completeness": "received"}"""), String.class).getBody());
        assertThat(dossier.get("status").asInt()).as(dossier.toString()).isEqualTo(4);
        Task appraisal = engine.getTaskService().createTaskQuery()
                .processVariableValueEquals("dossierId", dossier.get("id").asText()).singleResult();
        assertThat(appraisal.getTaskDefinitionKey()).isEqualTo("Task_Appraise");
        assertThat(engine.getTaskService().getIdentityLinksForTask(appraisal.getId()).stream()
                .map(IdentityLink::getGroupId)).containsExactly("000.01.00.H99:specialist");
    }

    @Test
    void officers_do_not_see_the_designers_report() {
        assertThat(http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .getForEntity("/api/catalog/processes", String.class).getStatusCode().value()).isEqualTo(403);
    }
}
