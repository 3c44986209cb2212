package vn.motcua.design.configuration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.importing.CatalogImports;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * The provincial administrator hands the dossiers of a commune-level procedure received in xã Tân An to phường Tân
 * Định: the next dossier received at Tân An's center is handled at Tân Định, one received at Kinh Bắc stays there;
 * bad overrides are refused with nothing published, and a unit administrator hands no commune to a unit outside
 * their scope.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommuneRoutingIT {

    /** Commune-level procedures of "Ủy ban nhân dân cấp xã" (routed by the receiving commune). */
    static final String CODE = "2.000961";
    static final String OTHER = "2.000962";
    /** A procedure of Sở Tư pháp: routed to the department, not by commune. */
    static final String DEPARTMENT_LEVEL = "2.000963";
    static final String TAN_DINH = "000.01.00.H99";
    static final String TAN_AN = "000.02.00.H99";
    static final String TAN_AN_CENTER = "000.02.01.H99";
    static final String KINH_BAC = "000.03.00.H99";
    static final String KINH_BAC_CENTER = "000.03.01.H99";
    /** A commune made for this test and deactivated. */
    static final String CLOSED_COMMUNE = "000.96.00.H99";
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

    @BeforeAll
    void importProcedures() {
        organization.saveUnit(new Unit(CLOSED_COMMUNE, "Ủy ban nhân dân xã Thử Nghiệm (đã sáp nhập)", UnitKind.COMMUNE,
                "000.00.00.H99"));
        organization.setUnitActive(CLOSED_COMMUNE, false);
        String csv = """
                Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Cơ quan thực hiện;Thời hạn trực tiếp;Phí, lệ phí;Mức độ DVC
                2.000961;Xác nhận định tuyến mẫu;Thử nghiệm định tuyến;Cấp xã;Ủy ban nhân dân cấp xã;5 ngày làm việc;Miễn phí;Một phần
                2.000962;Chứng thực định tuyến mẫu;Thử nghiệm định tuyến;Cấp xã;Ủy ban nhân dân cấp xã;5 ngày làm việc;Miễn phí;Một phần
                2.000963;Cấp giấy định tuyến mẫu;Thử nghiệm định tuyến;Cấp tỉnh;Sở Tư pháp;10 ngày làm việc;Miễn phí;Một phần
                """;
        var report = imports.importFile("dinh-tuyen-xa.csv", csv.getBytes(StandardCharsets.UTF_8),
                new CatalogImports.Options(false, today(), false, true), "commune-routing-it");
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void dossiers_received_in_tan_an_are_handled_by_tan_dinh_and_the_other_communes_keep_theirs() throws IOException {
        TestRestTemplate admin = http.withBasicAuth("quantri", PASSWORD);
        JsonNode detail = body(admin.getForEntity("/api/administration/procedures/" + CODE, String.class), 200);
        assertThat(detail.at("/configuration/steps/0/unit").asText()).isEqualTo("commune");
        assertThat(detail.at("/configuration/communeRouting")).isEmpty();
        String firstStep = "Task_" + detail.at("/configuration/steps/0/id").asText();
        int before = detail.get("version").asInt();

        ObjectNode configuration = detail.get("configuration").deepCopy();
        configuration.withArray("communeRouting").addObject().put("commune", TAN_AN).put("unit", TAN_DINH);
        ObjectNode request = json.createObjectNode().set("configuration", configuration);
        JsonNode preview = body(admin.postForEntity("/api/administration/procedures/" + CODE + "/preview",
                jsonEntity(request.toString()), String.class), 200);
        assertThat(preview.get("bpmnXml").asText()).contains("camunda:decisionRef=\"generated-commune-tthc-2-000961\"");
        assertThat(preview.at("/lint/passed").asBoolean()).as(preview.get("lint").toString()).isTrue();
        assertThat(diff(preview)).containsExactly("Đơn vị giải quyết hồ sơ tiếp nhận tại Ủy ban nhân dân xã Tân An: "
                + "UBND xã, phường nơi tiếp nhận → Ủy ban nhân dân phường Tân Định");

        request.put("effectiveFrom", today().toString()).put("note", "Xã Tân An chưa có công chức tư pháp");
        JsonNode deployed = body(admin.postForEntity("/api/administration/procedures/" + CODE + "/deployments",
                jsonEntity(request.toString()), String.class), 201);
        assertThat(deployed.get("version").asInt()).isEqualTo(before + 1);
        ProcessDefinition definition = engine.getRepositoryService()
                .getProcessDefinition(deployed.get("processDefinitionId").asText());
        assertThat(definition.getVersionTag()).startsWith("v" + (before + 1) + "-");
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery()
                .deploymentId(definition.getDeploymentId()).decisionDefinitionKey("generated-commune-tthc-2-000961")
                .count()).isEqualTo(1);

        String atTanAn = register("tiepnhan.tanan", TAN_AN_CENTER, "079300000961");
        String atKinhBac = register("tiepnhan.kinhbac", KINH_BAC_CENTER, "079300000962");
        assertThat(groups(task(atTanAn, firstStep))).containsExactly(TAN_DINH + ":specialist");
        assertThat(groups(task(atKinhBac, firstStep))).containsExactly(KINH_BAC + ":specialist");

        JsonNode after = body(admin.getForEntity("/api/administration/procedures/" + CODE, String.class), 200);
        assertThat(after.at("/configuration/communeRouting/0/commune").asText()).isEqualTo(TAN_AN);
        assertThat(after.at("/configuration/communeRouting/0/unit").asText()).isEqualTo(TAN_DINH);

        // removing the override is a change of its own, back to the receiving commune
        ObjectNode removed = after.get("configuration").deepCopy();
        removed.withArray("communeRouting").removeAll();
        JsonNode back = body(admin.postForEntity("/api/administration/procedures/" + CODE + "/preview",
                jsonEntity(json.createObjectNode().set("configuration", removed).toString()), String.class), 200);
        assertThat(diff(back)).containsExactly("Đơn vị giải quyết hồ sơ tiếp nhận tại Ủy ban nhân dân xã Tân An: "
                + "Ủy ban nhân dân phường Tân Định → UBND xã, phường nơi tiếp nhận");
        assertThat(back.get("bpmnXml").asText()).contains("camunda:decisionRef=\"generated-receiving-commune\"");
    }

    @Test
    void bad_overrides_are_refused_on_their_row_and_nothing_is_published() throws IOException {
        TestRestTemplate admin = http.withBasicAuth("quantri", PASSWORD);
        JsonNode detail = body(admin.getForEntity("/api/administration/procedures/" + OTHER, String.class), 200);
        ObjectNode valid = detail.get("configuration").deepCopy();

        refused(admin, OTHER, valid, routes -> routes.addObject().put("commune", TAN_AN_CENTER).put("unit", TAN_DINH),
                "communeRouting[0].commune", "không phải một xã, phường đang hoạt động của tỉnh");
        refused(admin, OTHER, valid, routes -> routes.addObject().put("commune", CLOSED_COMMUNE).put("unit", TAN_DINH),
                "communeRouting[0].commune", "không phải một xã, phường đang hoạt động của tỉnh");
        refused(admin, OTHER, valid, routes -> {
            routes.addObject().put("commune", TAN_AN).put("unit", TAN_DINH);
            routes.addObject().put("commune", TAN_AN).put("unit", KINH_BAC);
        }, "communeRouting[1].commune", "Ủy ban nhân dân xã Tân An được khai báo hai lần");
        refused(admin, OTHER, valid, routes -> routes.addObject().put("commune", TAN_AN).put("unit", "000.99.99.H99"),
                "communeRouting[0].unit", "không có trong cơ cấu tổ chức hoặc đã ngừng hoạt động");
        refused(admin, OTHER, valid, routes -> routes.addObject().put("commune", TAN_AN).put("unit", CLOSED_COMMUNE),
                "communeRouting[0].unit", "không có trong cơ cấu tổ chức hoặc đã ngừng hoạt động");
        refused(admin, OTHER, valid, routes -> routes.addObject().put("commune", TAN_AN).put("unit", KINH_BAC_CENTER),
                "communeRouting[0].unit", "không giải quyết hồ sơ");
        refused(admin, OTHER, valid, routes -> routes.addObject().put("commune", TAN_AN).put("unit", TAN_AN),
                "communeRouting[0].unit", "đã do chính xã, phường đó giải quyết");

        // a procedure handled by a department is not routed by commune
        JsonNode department = body(admin.getForEntity("/api/administration/procedures/" + DEPARTMENT_LEVEL,
                String.class), 200);
        refused(admin, DEPARTMENT_LEVEL, department.get("configuration").deepCopy(),
                routes -> routes.addObject().put("commune", TAN_AN).put("unit", TAN_DINH), "communeRouting",
                "chỉ khai báo đơn vị giải quyết theo xã, phường");

        // Sở Tư pháp's administrator may hand a step to the receiving commune, not a commune's dossiers to a ward
        TestRestTemplate justice = http.withBasicAuth("quantri.tuphap", PASSWORD);
        ObjectNode byCommune = body(justice.getForEntity("/api/administration/procedures/" + DEPARTMENT_LEVEL,
                String.class), 200).get("configuration").deepCopy();
        ((ObjectNode) byCommune.withArray("steps").get(0)).put("unit", "commune");
        refused(justice, DEPARTMENT_LEVEL, byCommune,
                routes -> routes.addObject().put("commune", TAN_AN).put("unit", TAN_DINH), "communeRouting[0].unit",
                "không thuộc phạm vi quản trị của bạn");
    }

    @Test
    void a_commune_administrator_does_not_configure_a_commune_level_procedure() {
        ObjectNode request = json.createObjectNode();
        request.putObject("configuration").putArray("communeRouting").addObject().put("commune", TAN_AN)
                .put("unit", TAN_DINH);
        ResponseEntity<String> answer = http.withBasicAuth("quantri.tandinh", PASSWORD).postForEntity(
                "/api/administration/procedures/" + CODE + "/preview", jsonEntity(request.toString()), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(404);
    }

    private interface RoutesEdit {
        void apply(ArrayNode routes);
    }

    /** Previews and deploys the edited overrides: both 400 with the error on the field, no version published. */
    private void refused(TestRestTemplate admin, String code, ObjectNode valid, RoutesEdit edit, String field,
                         String message) throws IOException {
        ObjectNode configuration = valid.deepCopy();
        ArrayNode routes = configuration.withArray("communeRouting");
        routes.removeAll();
        edit.apply(routes);
        int versions = catalog.versions(code).size();
        ObjectNode request = json.createObjectNode().put("effectiveFrom", today().toString());
        request.set("configuration", configuration);
        for (String action : List.of("preview", "deployments")) {
            JsonNode problem = body(admin.postForEntity("/api/administration/procedures/" + code + "/" + action,
                    jsonEntity(request.toString()), String.class), 400);
            assertThat(problem.get("errors")).as(action + " " + field + " " + problem).anySatisfy(error -> {
                assertThat(error.get("field").asText()).isEqualTo(field);
                assertThat(error.get("message").asText()).contains(message);
            });
        }
        assertThat(catalog.versions(code)).hasSize(versions);
    }

    private static List<String> diff(JsonNode preview) {
        List<String> diff = new ArrayList<>();
        preview.get("diff").forEach(change -> diff.add(change.get("what").asText() + ": "
                + change.get("before").asText() + " → " + change.get("after").asText()));
        return diff;
    }

    private String register(String officer, String center, String idNumber) throws IOException {
        JsonNode dossier = body(http.withBasicAuth(officer, PASSWORD).postForEntity("/api/dossiers", jsonEntity("""
                {"procedureCode": "%s", "channel": "COUNTER", "receivingUnit": "%s",
                 "applicant": {"name": "Lê Văn Tuyến", "idNumber": "%s"}, "completeness": "received",
                 "details": {}}""".formatted(CODE, center, idNumber)), String.class), 201);
        return dossier.get("id").asText();
    }

    private Task task(String dossierId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processVariableValueEquals("dossierId", dossierId)
                .taskDefinitionKey(taskKey).singleResult();
    }

    private List<String> groups(Task task) {
        assertThat(task).isNotNull();
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(IdentityLink::getGroupId).toList();
    }

    private JsonNode body(ResponseEntity<String> answer, int status) throws IOException {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        return json.readTree(answer.getBody());
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingTimeCalculator.ZONE);
    }
}
