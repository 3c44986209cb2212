package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.catalog.importing.CatalogImports;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * A routing decision hands a dossier only to an active unit of the province: once an administrator deactivates the
 * unit a procedure is routed to, the next dossier is refused with a Vietnamese 400 and nothing is written, instead of
 * waiting in the task list of a unit nobody works for.
 */
@IntegrationTest
class HandlingUnitRoutingIT {

    private static final String CLOSED_DEPARTMENT = "000.00.97.H99";
    private static final String PROCEDURE = "2.000970";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    OrganizationService organization;

    @Autowired
    CatalogImports imports;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_procedure_routed_to_a_deactivated_unit_receives_no_new_dossier() throws Exception {
        organization.saveUnit(new Unit(CLOSED_DEPARTMENT, "Sở Thử nghiệm Giải thể", UnitKind.DEPARTMENT, "000.00.00.H99"));
        LocalDate today = LocalDate.now(WorkingTimeCalculator.ZONE);
        assertThat(imports.importFile("tthc-so-giai-the.csv", """
                Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Cơ quan thực hiện;Thời hạn trực tiếp;Phí, lệ phí;Mức độ DVC
                2.000970;Cấp giấy xác nhận của sở thử nghiệm;Thử nghiệm giải thể;Cấp tỉnh;Sở Thử nghiệm Giải thể;5 ngày làm việc;Miễn phí;Một phần
                """.getBytes(StandardCharsets.UTF_8), new CatalogImports.Options(false, today, false, false),
                "handling-unit-routing-it").written()).isTrue();

        ResponseEntity<String> first = register("079201097001");
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        Task appraisal = tasks.createTaskQuery()
                .processVariableValueEquals("dossierId", json.readTree(first.getBody()).get("id").asText()).singleResult();
        assertThat(tasks.getIdentityLinksForTask(appraisal.getId()).stream().map(IdentityLink::getGroupId))
                .containsExactly(CLOSED_DEPARTMENT + ":specialist");

        organization.setUnitActive(CLOSED_DEPARTMENT, false);
        ResponseEntity<String> refused = register("079201097002");

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.get("detail").asText()).contains("Sở Thử nghiệm Giải thể", "đã ngừng hoạt động");
        assertThat(jdbc.sql("select count(*) from dossier where applicant_id_number = ?").param("079201097002")
                .query(Long.class).single()).as("no dossier written").isZero();
    }

    private ResponseEntity<String> register(String idNumber) {
        return http.withBasicAuth("tiepnhan.tinh", "test-password").postForEntity("/api/dossiers", jsonEntity("""
                {"procedureCode": "%s", "channel": "COUNTER", "receivingUnit": "000.00.01.H99",
                 "applicant": {"name": "Mạc Văn Thử", "idNumber": "%s"}, "completeness": "received"}"""
                .formatted(PROCEDURE, idNumber)), String.class);
    }
}
