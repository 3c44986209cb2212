package vn.motcua.design.configuration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import vn.motcua.IntegrationTest;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.importing.CatalogImports;
import vn.motcua.design.generation.CatalogProcesses;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.TimeLimit;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * The administrator of Sở Tư pháp configures one of the department's generated procedures through the API: a
 * step's days and handling unit and a required field of the reception form, previewed, then deployed effective
 * today. The next dossier follows the new version, one received before keeps its process; another department's
 * administrator cannot see it; bad input is refused before anything is published; a rollback restores the previous
 * configuration; a hand-drawn process is read-only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcedureConfigurationIT {

    /** A procedure of Sở Tư pháp, 10 working days: appraisal 6 days, signature 4 (pattern DEPARTMENT). */
    static final String CODE = "2.000951";
    /** Another one, for refusals and future versions. */
    static final String OTHER = "2.000952";
    static final String DEPARTMENT = "000.00.10.H99";
    /** An office of Sở Tư pháp made for this test. */
    static final String OFFICE = "000.10.51.H99";
    static final String PASSWORD = "test-password";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    CatalogImports imports;

    @Autowired
    Catalog catalog;

    @Autowired
    OrganizationService organization;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AuditTrail audit;

    @Autowired
    Deadlines deadlines;

    @Autowired
    ProcedureConfigurations configurations;

    @BeforeAll
    void importProcedures() {
        organization.saveUnit(new Unit(OFFICE, "Phòng Hành chính tư pháp (thử nghiệm cấu hình)", UnitKind.DEPARTMENT,
                DEPARTMENT));
        String csv = """
                Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Cơ quan thực hiện;Thời hạn trực tiếp;Phí, lệ phí;Mức độ DVC
                2.000951;Cấp giấy xác nhận cấu hình mẫu;Thử nghiệm cấu hình;Cấp tỉnh;Sở Tư pháp;10 ngày làm việc;Miễn phí;Một phần
                2.000952;Cấp giấy phép cấu hình mẫu;Thử nghiệm cấu hình;Cấp tỉnh;Sở Tư pháp;10 ngày làm việc;Miễn phí;Một phần
                2.000953;Cấp chứng nhận cấu hình mẫu;Thử nghiệm cấu hình;Cấp tỉnh;Sở Tư pháp;10 ngày làm việc;Miễn phí;Một phần
                2.000954;Cấp văn bản cấu hình mẫu;Thử nghiệm cấu hình;Cấp tỉnh;Sở Tư pháp;10 ngày làm việc;Miễn phí;Một phần
                2.000955;Cấp bản xác nhận cấu hình mẫu;Thử nghiệm cấu hình;Cấp tỉnh;Sở Tư pháp;10 ngày làm việc;Miễn phí;Một phần
                """;
        var report = imports.importFile("cau-hinh-thu-tuc.csv", csv.getBytes(StandardCharsets.UTF_8),
                new CatalogImports.Options(false, today(), false, true), "procedure-configuration-it");
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void a_department_administrator_changes_days_unit_and_a_field_and_the_next_dossier_follows_the_new_version()
            throws Exception {
        TestRestTemplate admin = http.withBasicAuth("quantri.tuphap", PASSWORD);
        JsonNode listed = body(admin.getForEntity("/api/administration/procedures?q=" + CODE, String.class), 200);
        assertThat(listed.get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("runs").asText()).isEqualTo("GENERATED");
            assertThat(item.at("/implementingUnit/code").asText()).isEqualTo(DEPARTMENT);
        });
        JsonNode detail = body(admin.getForEntity("/api/administration/procedures/" + CODE, String.class), 200);
        assertThat(detail.get("editable").asBoolean()).isTrue();
        int before = detail.get("version").asInt();
        JsonNode steps = detail.at("/configuration/steps");
        assertThat(steps.get(0).get("id").asText()).isEqualTo("Appraise");
        assertThat(steps.get(0).get("days").asInt()).isEqualTo(6);
        assertThat(steps.get(0).get("unit").asText()).isEqualTo(DEPARTMENT);

        String received = register("079300000951");
        ProcessInstance old = instance(received);
        Task oldAppraisal = task(received);
        assertThat(groups(oldAppraisal)).containsExactly(DEPARTMENT + ":specialist");

        // appraisal 7 days at the office, signature 3 days back at the department, a required field
        ObjectNode configuration = (ObjectNode) detail.get("configuration").deepCopy();
        ObjectNode appraisal = (ObjectNode) configuration.withArray("steps").get(0);
        appraisal.put("days", 7).put("unit", OFFICE);
        ((ObjectNode) configuration.withArray("steps").get(1)).put("days", 3).put("unit", DEPARTMENT);
        configuration.withArray("fields").addObject().put("key", "soGiayPhepCu").put("label", "Số giấy phép đã cấp")
                .put("type", "text").put("required", true).put("help", "Ghi số trên giấy phép cũ, nếu có");
        ObjectNode request = json.createObjectNode().set("configuration", configuration);

        JsonNode preview = body(admin.postForEntity("/api/administration/procedures/" + CODE + "/preview",
                jsonEntity(request.toString()), String.class), 200);
        assertThat(preview.get("bpmnXml").asText()).contains("generated-unit-" + OFFICE)
                .contains("<camunda:property name=\"slaDays\" value=\"7\"/>");
        JsonNode field = field(preview.get("startForm"), "soGiayPhepCu");
        assertThat(field.at("/validate/required").asBoolean()).isTrue();
        assertThat(field.get("description").asText()).isEqualTo("Ghi số trên giấy phép cũ, nếu có");
        List<String> diff = new ArrayList<>();
        preview.get("diff").forEach(change -> diff.add(change.get("what").asText() + ": "
                + change.get("before").asText() + " → " + change.get("after").asText()));
        assertThat(diff).contains("Bước Thẩm định hồ sơ: thời gian: 6 ngày → 7 ngày",
                "Bước Phê duyệt, ký kết quả: thời gian: 4 ngày → 3 ngày");
        assertThat(diff).anyMatch(change -> change.startsWith("Bước Thẩm định hồ sơ: đơn vị xử lý: Sở Tư pháp → Phòng"));
        assertThat(diff).anyMatch(change -> change.startsWith("Trường Số giấy phép đã cấp:  → văn bản, bắt buộc"));
        assertThat(preview.at("/lint/passed").asBoolean()).as(preview.get("lint").toString()).isTrue();
        assertThat(catalog.versions(CODE)).hasSize(before);

        request.put("effectiveFrom", today().toString()).put("note", "Giao Phòng Hành chính tư pháp thẩm định");
        JsonNode deployed = body(admin.postForEntity("/api/administration/procedures/" + CODE + "/deployments",
                jsonEntity(request.toString()), String.class), 201);
        int version = deployed.get("version").asInt();
        assertThat(version).isEqualTo(before + 1);
        String definitionId = deployed.get("processDefinitionId").asText();

        ResponseEntity<String> withoutField = http.withBasicAuth("tiepnhan.tinh", PASSWORD).postForEntity("/api/dossiers",
                jsonEntity(dossier(CODE, "000.00.01.H99", "079300000950").replace(
                        "\"soGiayPhepCu\": \"GP-2026-01\"", "\"ghiChu\": \"\"")), String.class);
        assertThat(body(withoutField, 400).get("detail").asText()).contains("Thiếu \"Số giấy phép đã cấp\"");
        String next = register("079300000952");
        ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(instance(next)
                .getProcessDefinitionId());
        assertThat(definition.getId()).isEqualTo(definitionId);
        assertThat(definition.getVersionTag()).startsWith("v" + version + "-");
        Task newAppraisal = task(next);
        assertThat(groups(newAppraisal)).containsExactly(OFFICE + ":specialist");
        assertThat(newAppraisal.getDueDate().toInstant()).isEqualTo(deadlines.deadline(
                newAppraisal.getCreateTime().toInstant(), TimeLimit.workingDays(7)));
        assertThat(oldAppraisal.getDueDate().toInstant()).isEqualTo(deadlines.deadline(
                oldAppraisal.getCreateTime().toInstant(), TimeLimit.workingDays(6)));
        try (InputStream form = engine.getFormService().getDeployedStartForm(definitionId)) {
            assertThat(field(json.readTree(form), "soGiayPhepCu").at("/validate/required").asBoolean()).isTrue();
        }
        // the dossier received before keeps its process and its task
        assertThat(instance(received).getProcessDefinitionId()).isEqualTo(old.getProcessDefinitionId())
                .isNotEqualTo(definitionId);
        assertThat(groups(task(received))).containsExactly(DEPARTMENT + ":specialist");

        JsonNode afterDeploy = body(admin.getForEntity("/api/administration/procedures/" + CODE, String.class), 200);
        assertThat(afterDeploy.get("version").asInt()).isEqualTo(version);
        assertThat(afterDeploy.at("/configuration/steps/0/days").asInt()).isEqualTo(7);
        JsonNode last = afterDeploy.get("versions").get(afterDeploy.get("versions").size() - 1);
        JsonNode superseded = afterDeploy.get("versions").get(afterDeploy.get("versions").size() - 2);
        // superseded the day it took effect
        assertThat(superseded.get("validTo").asText()).isEqualTo(today().toString());
        assertThat(last.get("validTo").isNull()).isTrue();
        assertThat(last.get("configuredBy").asText()).isEqualTo("quantri.tuphap");
        assertThat(last.get("note").asText()).isEqualTo("Giao Phòng Hành chính tư pháp thẩm định");
        assertThat(audit.latest(AuditAction.PROCEDURE_CONFIGURATION_DEPLOYED, 20)).anySatisfy(event -> {
            assertThat(event.actor()).isEqualTo("quantri.tuphap");
            assertThat(event.target()).isEqualTo(CODE);
        });

        // another department's administrator neither sees nor changes it
        TestRestTemplate other = http.withBasicAuth("quantri.nnmt", PASSWORD);
        assertThat(body(other.getForEntity("/api/administration/procedures?q=" + CODE, String.class), 200)
                .get("items")).isEmpty();
        assertThat(other.getForEntity("/api/administration/procedures/" + CODE, String.class).getStatusCode().value())
                .isEqualTo(404);
        assertThat(other.postForEntity("/api/administration/procedures/" + CODE + "/deployments",
                jsonEntity(request.toString()), String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(other.postForEntity("/api/administration/procedures/" + CODE + "/rollback", jsonEntity("{}"),
                String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(http.withBasicAuth("quantri.tandinh", PASSWORD).getForEntity("/api/administration/procedures/"
                + CODE, String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(catalog.versions(CODE)).hasSize(version);

        // roll back: the version before, effective today, runs again
        JsonNode rolledBack = body(admin.postForEntity("/api/administration/procedures/" + CODE + "/rollback",
                jsonEntity("{}"), String.class), 201);
        assertThat(rolledBack.get("version").asInt()).isEqualTo(version + 1);
        JsonNode restored = body(admin.getForEntity("/api/administration/procedures/" + CODE, String.class), 200);
        assertThat(restored.at("/configuration/steps/0/days").asInt()).isEqualTo(6);
        assertThat(restored.at("/configuration/steps/0/unit").asText()).isEqualTo(DEPARTMENT);
        String afterRollback = register("079300000953");
        assertThat(engine.getRepositoryService().getProcessDefinition(instance(afterRollback).getProcessDefinitionId())
                .getVersionTag()).startsWith("v" + (version + 1) + "-");
        assertThat(groups(task(afterRollback))).containsExactly(DEPARTMENT + ":specialist");
        assertThat(audit.latest(AuditAction.PROCEDURE_CONFIGURATION_ROLLED_BACK, 20))
                .anySatisfy(event -> assertThat(event.target()).isEqualTo(CODE));
    }

    @Test
    void each_bad_input_is_a_400_naming_the_field_and_nothing_is_published() throws Exception {
        TestRestTemplate admin = http.withBasicAuth("quantri.tuphap", PASSWORD);
        JsonNode detail = body(admin.getForEntity("/api/administration/procedures/" + OTHER, String.class), 200);
        int versions = catalog.versions(OTHER).size();
        ObjectNode valid = (ObjectNode) detail.get("configuration");

        refused(admin, valid, c -> ((ObjectNode) c.withArray("steps").get(1)).remove("role"),
                "steps[1].role", "chưa có vai trò xử lý");
        refused(admin, valid, c -> ((ObjectNode) c.withArray("steps").get(0)).put("unit", "000.99.99.H99"),
                "steps[0].unit", "không có trong cơ cấu tổ chức");
        refused(admin, valid, c -> ((ObjectNode) c.withArray("steps").get(0)).put("unit", "000.00.11.H99"),
                "steps[0].unit", "không thuộc phạm vi quản trị của bạn");
        refused(admin, valid, c -> outcomes(c, 1).add("rework:Sign"), "steps[1].outcomes", "chính nó");
        refused(admin, valid, c -> outcomes(c, 0).add("rework:Sign"), "steps[0].outcomes", "lặp vòng");
        refused(admin, valid, c -> outcomes(c, 1).add("rework:Nowhere"), "steps[1].outcomes", "không có trong quy trình");
        refused(admin, valid, c -> c.withArray("fields").addObject().put("key", "applicantName").put("label", "Tên")
                .put("type", "text"), "fields[0].key", "trùng với biến của hệ thống");
        refused(admin, valid, c -> c.withArray("fields").addObject().put("key", "dossierId").put("label", "Mã")
                .put("type", "text"), "fields[0].key", "trùng với biến của hệ thống");
        refused(admin, valid, c -> c.withArray("fields").addObject().put("key", "số thửa").put("label", "Số thửa")
                .put("type", "text"), "fields[0].key", "không hợp lệ");
        refused(admin, valid, c -> {
            c.withArray("fields").addObject().put("key", "soThua").put("label", "Số thửa").put("type", "text");
            c.withArray("fields").addObject().put("key", "soThua").put("label", "Số thửa 2").put("type", "text");
        }, "fields[1].key", "bị trùng");
        refused(admin, valid, c -> ((ObjectNode) c.withArray("steps").get(0)).put("days", 9),
                "steps", "vượt thời hạn giải quyết của thủ tục (10 ngày làm việc)");

        // an expression smuggled into a step's name: the lint's verdict in the preview, a refusal at deployment
        ObjectNode smuggled = valid.deepCopy();
        ((ObjectNode) smuggled.withArray("steps").get(0)).put("name", "Thẩm định ${environment.getProperty('x')}");
        ObjectNode lintRequest = json.createObjectNode().put("effectiveFrom", today().toString());
        lintRequest.set("configuration", smuggled);
        JsonNode verdict = body(admin.postForEntity("/api/administration/procedures/" + OTHER + "/preview",
                jsonEntity(lintRequest.toString()), String.class), 200).get("lint");
        assertThat(verdict.get("passed").asBoolean()).isFalse();
        assertThat(verdict.get("findings")).anySatisfy(finding ->
                assertThat(finding.get("element").asText()).isEqualTo("Task_Appraise"));
        assertThat(errors(body(admin.postForEntity("/api/administration/procedures/" + OTHER + "/deployments",
                jsonEntity(lintRequest.toString()), String.class), 400))).anySatisfy(error ->
                assertThat(error.get("field").asText()).isEqualTo("lint"));
        assertThat(catalog.versions(OTHER)).hasSize(versions);

        ObjectNode past = json.createObjectNode().put("effectiveFrom", today().minusDays(1).toString());
        past.set("configuration", valid);
        ResponseEntity<String> answer = admin.postForEntity("/api/administration/procedures/" + OTHER + "/deployments",
                jsonEntity(past.toString()), String.class);
        assertThat(errors(body(answer, 400))).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo("effectiveFrom");
            assertThat(error.get("message").asText()).contains("đã qua");
        });
        assertThat(body(answer, 400).get("detail").asText()).contains("đã qua");
        assertThat(catalog.versions(OTHER)).hasSize(versions);

        // a future day: a pending version, no process deployed yet; a second one on that day conflicts
        ObjectNode future = json.createObjectNode().put("effectiveFrom", today().plusDays(30).toString())
                .put("note", "Theo quyết định sắp ban hành");
        future.set("configuration", valid);
        JsonNode pending = body(admin.postForEntity("/api/administration/procedures/" + OTHER + "/deployments",
                jsonEntity(future.toString()), String.class), 201);
        assertThat(pending.get("processDefinitionId").isNull()).isTrue();
        assertThat(catalog.inForce(OTHER, today()).orElseThrow().version()).isEqualTo(versions);
        assertThat(body(admin.getForEntity("/api/administration/procedures?q=" + OTHER, String.class), 200)
                .at("/items/0/pending/validFrom").asText()).isEqualTo(today().plusDays(30).toString());
        assertThat(admin.postForEntity("/api/administration/procedures/" + OTHER + "/deployments",
                jsonEntity(future.toString()), String.class).getStatusCode().value()).isEqualTo(409);
        assertThat(catalog.versions(OTHER)).hasSize(versions + 1);
    }

    @Test
    void a_procedure_received_only_at_the_configured_centers() throws Exception {
        String code = "2.000953";
        TestRestTemplate admin = http.withBasicAuth("quantri.tuphap", PASSWORD);
        ObjectNode configuration = (ObjectNode) body(admin.getForEntity("/api/administration/procedures/" + code,
                String.class), 200).get("configuration");
        configuration.putArray("receivingUnits").add(DEPARTMENT);
        ObjectNode request = json.createObjectNode().put("effectiveFrom", today().toString());
        request.set("configuration", configuration);
        assertThat(errors(body(admin.postForEntity("/api/administration/procedures/" + code + "/deployments",
                jsonEntity(request.toString()), String.class), 400))).anySatisfy(error ->
                assertThat(error.get("field").asText()).isEqualTo("receivingUnits[0]"));
        configuration.putArray("receivingUnits").add("000.01.01.H99");
        body(admin.postForEntity("/api/administration/procedures/" + code + "/deployments",
                jsonEntity(request.toString()), String.class), 201);

        ResponseEntity<String> elsewhere = http.withBasicAuth("tiepnhan.tinh", PASSWORD).postForEntity("/api/dossiers",
                jsonEntity(dossier(code, "000.00.01.H99", "079300000954")), String.class);
        assertThat(body(elsewhere, 400).get("detail").asText()).contains("không tiếp nhận tại")
                .contains("Trung tâm Phục vụ hành chính công phường Tân Định");
        ResponseEntity<String> there = http.withBasicAuth("tiepnhan.tandinh", PASSWORD).postForEntity("/api/dossiers",
                jsonEntity(dossier(code, "000.01.01.H99", "079300000955")), String.class);
        assertThat(there.getStatusCode().value()).as(there.getBody()).isEqualTo(201);
    }

    @Test
    void a_new_decision_keeps_the_configuration_unless_it_changes_the_agency_level_or_limit() throws Exception {
        String code = "2.000955";
        TestRestTemplate admin = http.withBasicAuth("quantri.tuphap", PASSWORD);
        ObjectNode configuration = (ObjectNode) body(admin.getForEntity("/api/administration/procedures/" + code,
                String.class), 200).get("configuration");
        configuration.putArray("receivingUnits").add("000.01.01.H99");
        ObjectNode request = json.createObjectNode().put("effectiveFrom", today().toString());
        request.set("configuration", configuration);
        body(admin.postForEntity("/api/administration/procedures/" + code + "/deployments",
                jsonEntity(request.toString()), String.class), 201);
        String header = "Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Cơ quan thực hiện;Thời hạn trực tiếp;Phí, lệ phí;"
                + "Mức độ DVC\n";

        var renamed = imports.importFile("doi-ten.csv", (header + "2.000955;Cấp bản xác nhận cấu hình mẫu (sửa tên);"
                + "Thử nghiệm cấu hình;Cấp tỉnh;Sở Tư pháp;10 ngày làm việc;Miễn phí;Một phần\n")
                .getBytes(StandardCharsets.UTF_8), new CatalogImports.Options(false, today(), false, true),
                "procedure-configuration-it");
        assertThat(renamed.warnings()).noneMatch(warning -> warning.contains(code));
        assertThat(catalog.inForce(code, today()).orElseThrow().configuration().receivingUnits())
                .containsExactly("000.01.01.H99");

        var longer = imports.importFile("doi-thoi-han.csv", (header + "2.000955;Cấp bản xác nhận cấu hình mẫu (sửa tên);"
                + "Thử nghiệm cấu hình;Cấp tỉnh;Sở Tư pháp;12 ngày làm việc;Miễn phí;Một phần\n")
                .getBytes(StandardCharsets.UTF_8), new CatalogImports.Options(false, today(), false, true),
                "procedure-configuration-it");
        assertThat(longer.warnings()).anySatisfy(warning -> assertThat(warning).contains(code)
                .contains("cần cấu hình lại"));
        assertThat(catalog.inForce(code, today()).orElseThrow().configuration()).isNull();
    }

    @Test
    void a_deployment_that_fails_after_the_version_is_written_leaves_no_version() throws Exception {
        String code = "2.000954";
        ObjectNode configuration = (ObjectNode) body(http.withBasicAuth("quantri.tuphap", PASSWORD).getForEntity(
                "/api/administration/procedures/" + code, String.class), 200).get("configuration");
        ((ObjectNode) configuration.withArray("steps").get(0)).put("days", 5);
        int versions = catalog.versions(code).size();
        ProcedureConfigurations target = AopTestUtils.getTargetObject(configurations);
        CatalogProcesses processes = (CatalogProcesses) ReflectionTestUtils.getField(target, "processes");
        CatalogProcesses failing = Mockito.spy(processes);
        Mockito.doThrow(new ProcessEngineException("the database went away")).when(failing).deploy(Mockito.any(LocalDate.class));
        ReflectionTestUtils.setField(target, "processes", failing);
        try {
            ObjectNode request = json.createObjectNode().put("effectiveFrom", today().toString());
            request.set("configuration", configuration);
            ResponseEntity<String> answer = http.withBasicAuth("quantri.tuphap", PASSWORD).postForEntity(
                    "/api/administration/procedures/" + code + "/deployments", jsonEntity(request.toString()), String.class);
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(500);
        } finally {
            ReflectionTestUtils.setField(target, "processes", processes);
        }
        assertThat(catalog.versions(code)).hasSize(versions);
        assertThat(audit.latest(AuditAction.PROCEDURE_CONFIGURATION_DEPLOYED, 50))
                .noneSatisfy(event -> assertThat(event.target()).isEqualTo(code));
    }

    @Test
    void a_hand_drawn_process_is_shown_read_only() throws Exception {
        TestRestTemplate admin = http.withBasicAuth("quantri", PASSWORD);
        JsonNode detail = body(admin.getForEntity("/api/administration/procedures/1.001193", String.class), 200);
        assertThat(detail.get("runs").asText()).isEqualTo("HAND_DRAWN");
        assertThat(detail.get("editable").asBoolean()).isFalse();
        ResponseEntity<String> bpmn = admin.getForEntity("/api/administration/procedures/1.001193/bpmn", String.class);
        assertThat(bpmn.getStatusCode().value()).isEqualTo(200);
        assertThat(bpmn.getBody()).contains("id=\"birth-registration\"");
        String body = "{\"configuration\": {\"steps\": [{\"id\": \"Appraise\", \"name\": \"Thẩm định\", \"role\": "
                + "\"specialist\", \"days\": 1}]}, \"effectiveFrom\": \"" + today() + "\"}";
        for (String action : List.of("preview", "deployments", "rollback")) {
            ResponseEntity<String> refused = admin.postForEntity("/api/administration/procedures/1.001193/" + action,
                    jsonEntity(body), String.class);
            assertThat(body(refused, 409).get("detail").asText()).contains("Camunda Modeler");
        }
    }

    @Test
    void officers_supervisors_and_designers_administer_no_procedure() {
        for (String user : List.of("tiepnhan.tinh", "chuyenvien.tuphap", "giamsat.tandinh", "thietke")) {
            assertThat(http.withBasicAuth(user, PASSWORD).getForEntity("/api/administration/procedures", String.class)
                    .getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(http.withBasicAuth(user, PASSWORD).postForEntity("/api/administration/procedures/" + CODE
                    + "/rollback", jsonEntity("{}"), String.class).getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(http.getForEntity("/api/administration/procedures", String.class).getStatusCode().value())
                .isEqualTo(401);
    }

    private interface Edit {
        void apply(ObjectNode configuration);
    }

    /** Previews and deploys the edited configuration: both 400 with the error on the field, no version published. */
    private void refused(TestRestTemplate admin, ObjectNode valid, Edit edit, String field, String message)
            throws IOException {
        ObjectNode configuration = valid.deepCopy();
        configuration.withArray("fields").removeAll();
        edit.apply(configuration);
        int versions = catalog.versions(OTHER).size();
        ObjectNode request = json.createObjectNode().put("effectiveFrom", today().toString());
        request.set("configuration", configuration);
        for (String action : List.of("preview", "deployments")) {
            JsonNode problem = body(admin.postForEntity("/api/administration/procedures/" + OTHER + "/" + action,
                    jsonEntity(request.toString()), String.class), 400);
            assertThat(errors(problem)).as(action + " " + field).anySatisfy(error -> {
                assertThat(error.get("field").asText()).isEqualTo(field);
                assertThat(error.get("message").asText()).contains(message);
            });
        }
        assertThat(catalog.versions(OTHER)).hasSize(versions);
    }

    private static ArrayNode outcomes(ObjectNode configuration, int step) {
        return ((ObjectNode) configuration.withArray("steps").get(step)).withArray("outcomes");
    }

    private static JsonNode errors(JsonNode problem) {
        return problem.get("errors");
    }

    private static String dossier(String code, String receivingUnit, String idNumber) {
        return """
                {"procedureCode": "%s", "channel": "COUNTER", "receivingUnit": "%s",
                 "applicant": {"name": "Đỗ Văn Cấu", "idNumber": "%s"}, "completeness": "received",
                 "details": {"soGiayPhepCu": "GP-2026-01"}}""".formatted(code, receivingUnit, idNumber);
    }

    private String register(String idNumber) throws IOException {
        JsonNode dossier = body(http.withBasicAuth("tiepnhan.tinh", PASSWORD).postForEntity("/api/dossiers",
                jsonEntity(dossier(CODE, "000.00.01.H99", idNumber)), String.class), 201);
        assertThat(dossier.get("status").asInt()).as(dossier.toString()).isEqualTo(4);
        return dossier.get("id").asText();
    }

    private ProcessInstance instance(String dossierId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossierId)
                .singleResult();
    }

    private Task task(String dossierId) {
        return engine.getTaskService().createTaskQuery().processVariableValueEquals("dossierId", dossierId)
                .taskDefinitionKey("Task_Appraise").singleResult();
    }

    private List<String> groups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(IdentityLink::getGroupId).toList();
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode component : form.get("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("No field " + key + " in " + form);
    }

    private JsonNode body(ResponseEntity<String> answer, int status) throws IOException {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        return json.readTree(answer.getBody());
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingTimeCalculator.ZONE);
    }
}
