package vn.motcua.organization;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.platform.engineapi.ProvinceCommunes;
import vn.motcua.platform.engineapi.ReceptionCenters;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.organization.importing.OrganizationUploads.upload;

/**
 * Administrators change units and officers within their scope only (docs/administration.md): the administrator of
 * Sở Tư pháp neither sees nor changes phường Tân Định's or Sở Nông nghiệp và Môi trường's; officers administer
 * nothing; moves, deactivations and duplicates that would break the tree or orphan work are refused in Vietnamese.
 */
@IntegrationTest
class UnitAdministrationApiIT {

    private static final String PASSWORD = "test-password";
    private static final String TUPHAP = "000.00.10.H99";
    private static final String NNMT = "000.00.11.H99";
    private static final String TANDINH = "000.01.00.H99";
    private static final String PROVINCE = "000.00.00.H99";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    OrganizationService organization;

    @Autowired
    IdentityService identity;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ProvinceCommunes communes;

    @Autowired
    ReceptionCenters receptionCenters;

    private TestRestTemplate as(String username) {
        return http.withBasicAuth(username, PASSWORD);
    }

    private static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    @Test
    void a_department_administrator_sees_and_lists_only_their_department() throws Exception {
        JsonNode officers = json.readTree(as("quantri.tuphap").getForObject("/api/organization/officers", String.class));
        List<String> usernames = officers.findValuesAsText("username");
        assertThat(usernames).contains("lanhdao.tuphap", "quantri.tuphap")
                .doesNotContain("hotich.tandinh", "lanhdao.nnmt", "quantri", "quantri.tandinh");
        assertThat(officers.findValuesAsText("unitCode")).allSatisfy(unit -> assertThat(organization.isWithin(unit, TUPHAP))
                .as(unit).isTrue());

        JsonNode units = json.readTree(as("quantri.tuphap").getForObject("/api/organization/administered-units",
                String.class));
        assertThat(units.get(0).get("code").asText()).isEqualTo(TUPHAP);
        assertThat(units.findValuesAsText("code")).doesNotContain(TANDINH, NNMT, PROVINCE);

        JsonNode everything = json.readTree(as("quantri").getForObject("/api/organization/officers", String.class));
        assertThat(everything.findValuesAsText("username")).contains("lanhdao.tuphap", "hotich.tandinh", "quantri");
    }

    @Test
    void a_department_administrator_cannot_change_another_units_officers_or_units() {
        TestRestTemplate tuphap = as("quantri.tuphap");
        List<ResponseEntity<String>> refused = List.of(
                tuphap.exchange("/api/organization/officers/hotich.tandinh", HttpMethod.PUT, json("""
                        {"name": "Trần Văn Minh", "unit": "000.00.10.H99", "roles": ["SPECIALIST"]}"""), String.class),
                tuphap.exchange("/api/organization/officers/moi." + unique(), HttpMethod.PUT, json("""
                        {"name": "Người Mới", "unit": "000.01.00.H99", "roles": ["SPECIALIST"],
                         "initialPassword": "mat-khau-ban-dau-2025"}"""), String.class),
                tuphap.exchange("/api/organization/officers/lanhdao.nnmt/password", HttpMethod.PUT,
                        json("{\"newPassword\": \"mat-khau-moi-2025-abc\"}"), String.class),
                tuphap.exchange("/api/organization/officers/hotich.tandinh/lock", HttpMethod.PUT,
                        json("{\"locked\": true}"), String.class),
                tuphap.exchange("/api/organization/officers/hotich.tandinh/active", HttpMethod.PUT,
                        json("{\"active\": false}"), String.class),
                tuphap.exchange("/api/organization/units/" + TANDINH + "/name", HttpMethod.PUT,
                        json("{\"name\": \"Đổi tên trái phép\"}"), String.class),
                tuphap.exchange("/api/organization/units/" + NNMT + "/active", HttpMethod.PUT,
                        json("{\"active\": false}"), String.class),
                tuphap.postForEntity("/api/organization/units", json("""
                        {"code": "000.00.11.X%s", "name": "Chi cục ngoài phạm vi", "kind": "DEPARTMENT",
                         "parent": "000.00.11.H99"}""".formatted(unique())), String.class),
                tuphap.exchange("/api/organization/units/" + TUPHAP + "/parent", HttpMethod.PUT,
                        json("{\"parent\": \"" + NNMT + "\"}"), String.class));
        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        });
        assertThat(refused.get(0).getBody()).contains("không thuộc phạm vi quản trị của bạn (Sở Tư pháp)");
        ResponseEntity<String> unknown = tuphap.exchange("/api/organization/units/000.99.99.H99/name", HttpMethod.PUT,
                json("{\"name\": \"Không có\"}"), String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).contains("Không có đơn vị mã 000.99.99.H99");
        ResponseEntity<String> forged = tuphap.exchange("/api/organization/units/000.00.10.H99%3Cx%3E/active",
                HttpMethod.PUT, json("{\"active\": false}"), String.class);
        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(organization.unit(TANDINH).orElseThrow().name()).isEqualTo("Ủy ban nhân dân phường Tân Định");
        assertThat(organization.officer("hotich.tandinh").orElseThrow().unitCode()).isEqualTo(TANDINH);
        assertThat(organization.isLocked("hotich.tandinh")).isFalse();
    }

    @Test
    void a_unit_administrator_makes_a_deputy_administrator_of_their_department_never_of_the_province()
            throws Exception {
        String deputy = "phoquantri." + unique();
        ResponseEntity<String> saved = as("quantri.tuphap").exchange("/api/organization/officers/" + deputy,
                HttpMethod.PUT, json("""
                        {"name": "Phó Quản Trị", "unit": "000.00.10.H99", "roles": ["ADMINISTRATOR"],
                         "initialPassword": "mat-khau-ban-dau-2025"}"""), String.class);
        assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
        assertThat(organization.groupIdsOf(deputy)).containsExactly(TUPHAP + ":admin");

        ResponseEntity<String> provincial = as("quantri.tuphap").exchange("/api/organization/officers/" + deputy,
                HttpMethod.PUT, json("""
                        {"name": "Phó Quản Trị", "unit": "000.00.01.H99", "roles": ["ADMINISTRATOR"]}"""), String.class);
        assertThat(provincial.getStatusCode().value()).isEqualTo(403);
        assertThat(organization.groupIdsOf(deputy)).doesNotContain("camunda-admin", "000.00.01.H99:admin");
        ResponseEntity<String> deputysOfficers = http.withBasicAuth(deputy, "mat-khau-ban-dau-2025")
                .getForEntity("/api/organization/officers", String.class);
        assertThat(deputysOfficers.getStatusCode().value()).as(deputysOfficers.getBody()).isEqualTo(200);
        assertThat(json.readTree(deputysOfficers.getBody())
                .findValuesAsText("username")).contains("lanhdao.tuphap").doesNotContain("hotich.tandinh");

        ResponseEntity<String> lock = as("quantri.tuphap").exchange("/api/organization/officers/" + deputy + "/lock",
                HttpMethod.PUT, json("{\"locked\": true}"), String.class);
        assertThat(lock.getStatusCode().value()).as(lock.getBody()).isEqualTo(204);
        assertThat(as("quantri.tuphap").getForObject("/quan-tri/can-bo?q=" + deputy, String.class))
                .contains("Đang công tác, tài khoản bị khóa").contains("Khóa tài khoản");
    }

    @Test
    void officers_supervisors_and_designers_administer_nothing() {
        for (String officer : List.of("hotich.tandinh", "giamsat.tandinh", "thietke")) {
            assertThat(as(officer).getForEntity("/api/organization/officers", String.class).getStatusCode().value())
                    .as(officer).isEqualTo(403);
            assertThat(as(officer).getForEntity("/api/organization/administered-units", String.class)
                    .getStatusCode().value()).as(officer).isEqualTo(403);
            assertThat(as(officer).getForEntity("/api/organization/exports/officers?format=csv", String.class)
                    .getStatusCode().value()).as(officer).isEqualTo(403);
            assertThat(as(officer).getForEntity("/quan-tri", String.class).getStatusCode().value()).as(officer)
                    .isEqualTo(403);
            assertThat(as(officer).getForEntity("/quan-tri/don-vi", String.class).getStatusCode().value()).as(officer)
                    .isEqualTo(403);
            assertThat(as(officer).getForEntity("/quan-tri/can-bo", String.class).getStatusCode().value()).as(officer)
                    .isEqualTo(403);
        }
        assertThat(as("quantri.tuphap").getForObject("/quan-tri", String.class))
                .contains("Sở Tư pháp").contains("Đơn vị và tài khoản").contains("Cấu hình thủ tục")
                .contains("Lịch làm việc và thiết lập");
        assertThat(as("quantri.tuphap").getForObject("/", String.class)).contains("/quan-tri")
                .doesNotContain("/camunda/app/admin/");
        assertThat(as("quantri").getForObject("/", String.class)).contains("/quan-tri").contains("/camunda/app/admin/");
        assertThat(as("quantri").getForObject("/quan-tri", String.class)).contains("Bạn quản trị toàn tỉnh");
        assertThat(as("quantri").getForObject("/quan-tri/don-vi", String.class))
                .contains("data-code=\"" + PROVINCE + "\"").contains("data-code=\"" + TANDINH + "\"");
        assertThat(as("quantri.tandinh").getForObject("/quan-tri/can-bo", String.class))
                .contains("data-username=\"hotich.tandinh\"").doesNotContain("data-username=\"lanhdao.tuphap\"");
        assertThat(as("hotich.tandinh").getForObject("/", String.class)).doesNotContain("/quan-tri");
    }

    @Test
    void a_unit_administrator_creates_renames_and_moves_units_of_their_department_and_the_trail_says_who()
            throws Exception {
        TestRestTemplate tuphap = as("quantri.tuphap");
        String office = "000.00.10.P" + unique();
        String division = "000.00.10.C" + unique();
        assertThat(create(tuphap, office, "Phòng Hành chính tư pháp", "SERVICE_CENTER", TUPHAP).getStatusCode().value())
                .isEqualTo(201);
        assertThat(create(tuphap, division, "Phòng Bổ trợ tư pháp", "DEPARTMENT", TUPHAP).getStatusCode().value())
                .isEqualTo(201);
        assertThat(identity.createGroupQuery().groupId(office + ":specialist").count()).isOne();

        ResponseEntity<String> duplicate = create(tuphap, office, "Trùng mã", "SERVICE_CENTER", TUPHAP);
        assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
        assertThat(duplicate.getBody()).contains("Đã có đơn vị mã " + office);

        ResponseEntity<String> province = create(tuphap, "000.00.10.Q" + unique(), "Tỉnh mới", "PROVINCE", TUPHAP);
        assertThat(province.getStatusCode().value()).isEqualTo(400);

        ResponseEntity<String> rename = tuphap.exchange("/api/organization/units/" + office + "/name", HttpMethod.PUT,
                json("{\"name\": \"Phòng Hành chính và Bổ trợ tư pháp\"}"), String.class);
        assertThat(rename.getStatusCode().value()).as(rename.getBody()).isEqualTo(200);
        assertThat(organization.unit(office).orElseThrow().name()).isEqualTo("Phòng Hành chính và Bổ trợ tư pháp");

        ResponseEntity<String> move = tuphap.exchange("/api/organization/units/" + office + "/parent", HttpMethod.PUT,
                json("{\"parent\": \"" + division + "\"}"), String.class);
        assertThat(move.getStatusCode().value()).as(move.getBody()).isEqualTo(200);
        assertThat(organization.unit(office).orElseThrow().parentCode()).isEqualTo(division);

        ResponseEntity<String> cycle = tuphap.exchange("/api/organization/units/" + division + "/parent", HttpMethod.PUT,
                json("{\"parent\": \"" + office + "\"}"), String.class);
        assertThat(cycle.getStatusCode().value()).isEqualTo(400);
        assertThat(cycle.getBody()).contains("cây đơn vị sẽ thành vòng");
        assertThat(organization.unit(division).orElseThrow().parentCode()).isEqualTo(TUPHAP);

        ResponseEntity<String> kind = tuphap.exchange("/api/organization/units/" + TUPHAP, HttpMethod.PUT,
                json("{\"name\": \"Sở Tư pháp\", \"kind\": \"SERVICE_CENTER\", \"parent\": \"" + PROVINCE + "\"}"),
                String.class);
        assertThat(kind.getStatusCode().value()).as("a kind decides who administers").isEqualTo(403);
        assertThat(organization.unit(TUPHAP).orElseThrow().kind()).isEqualTo(UnitKind.DEPARTMENT);

        JsonNode changes = json.readTree(tuphap.getForObject("/api/organization/changes", String.class));
        assertThat(changes.toString()).contains("UNIT_CREATED").contains("UNIT_MOVED").contains("UNIT_RENAMED")
                .contains(office);
        assertThat(changes.findValuesAsText("actor")).contains("quantri.tuphap");
        JsonNode othersChanges = json.readTree(as("quantri.tandinh").getForObject("/api/organization/changes",
                String.class));
        assertThat(othersChanges.toString()).doesNotContain(office);
    }

    @Test
    void a_unit_with_officers_or_open_tasks_is_not_deactivated_and_a_deactivated_one_is_offered_nowhere()
            throws Exception {
        TestRestTemplate tuphap = as("quantri.tuphap");
        String center = "000.00.10.D" + unique();
        assertThat(create(tuphap, center, "Bộ phận một cửa Sở Tư pháp", "SERVICE_CENTER", TUPHAP)
                .getStatusCode().value()).isEqualTo(201);
        String officer = "motcua." + unique();
        ResponseEntity<String> saved = tuphap.exchange("/api/organization/officers/" + officer, HttpMethod.PUT, json("""
                {"name": "Đinh Thị Quầy", "unit": "%s", "roles": ["RECEPTION"],
                 "initialPassword": "mat-khau-ban-dau-2025"}""".formatted(center)), String.class);
        assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
        assertThat(receptionCenters.of(List.of(center + ":reception"))).containsKey(center);

        String key = "unit-admin-open-task-" + unique();
        repository.createDeployment().name(key).addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Receive").name("Tiếp nhận hồ sơ")
                .camundaCandidateGroups(center + ":reception").camundaFormKey("unit-admin-receive")
                .camundaDueDate("P1D").endEvent().done()).deploy();
        ProcessInstance open = runtime.startProcessInstanceByKey(key);
        try {
            ResponseEntity<String> refused = tuphap.exchange("/api/organization/units/" + center + "/active",
                    HttpMethod.PUT, json("{\"active\": false}"), String.class);
            assertThat(refused.getStatusCode().value()).isEqualTo(409);
            assertThat(refused.getBody()).contains("1 cán bộ").contains("1 công việc đang mở");

            ResponseEntity<String> leaves = tuphap.exchange("/api/organization/officers/" + officer + "/active",
                    HttpMethod.PUT, json("{\"active\": false}"), String.class);
            assertThat(leaves.getStatusCode().value()).as(leaves.getBody()).isEqualTo(200);
            assertThat(json(leaves).get("unitCode").asText()).as("who left still shows in their unit").isEqualTo(center);
            ResponseEntity<String> stillTasks = tuphap.exchange("/api/organization/units/" + center + "/active",
                    HttpMethod.PUT, json("{\"active\": false}"), String.class);
            assertThat(stillTasks.getStatusCode().value()).isEqualTo(409);
            assertThat(stillTasks.getBody()).doesNotContain("cán bộ đang").contains("1 công việc đang mở");

            ResponseEntity<String> movedAway = tuphap.exchange("/api/organization/units/" + center + "/parent",
                    HttpMethod.PUT, json("{\"parent\": \"" + PROVINCE + "\"}"), String.class);
            assertThat(movedAway.getStatusCode().value()).as("the province lies outside the scope").isEqualTo(403);
            ResponseEntity<String> provincialMove = as("quantri").exchange("/api/organization/units/" + center
                    + "/parent", HttpMethod.PUT, json("{\"parent\": \"" + NNMT + "\"}"), String.class);
            assertThat(provincialMove.getStatusCode().value()).isEqualTo(409);
            assertThat(provincialMove.getBody()).contains("còn 1 công việc đang mở");
            ResponseEntity<String> importedMove = upload(as("quantri"), "units", "chuyen.csv", """
                    Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cấp trên
                    %s;Bộ phận một cửa Sở Tư pháp;Trung tâm phục vụ hành chính công;%s
                    """.formatted(center, NNMT).getBytes(StandardCharsets.UTF_8), "");
            assertThat(importedMove.getStatusCode().value()).isEqualTo(422);
            assertThat(importedMove.getBody()).contains("còn 1 công việc đang mở");
            assertThat(organization.unit(center).orElseThrow().parentCode()).isEqualTo(TUPHAP);
        } finally {
            runtime.deleteProcessInstance(open.getId(), "test over");
        }
        ResponseEntity<String> deactivated = tuphap.exchange("/api/organization/units/" + center + "/active",
                HttpMethod.PUT, json("{\"active\": false}"), String.class);
        assertThat(deactivated.getStatusCode().value()).as(deactivated.getBody()).isEqualTo(204);
        assertThat(organization.isActive(center)).isFalse();
        assertThat(receptionCenters.of(List.of(center + ":reception"))).isEmpty();
        assertThat(organization.unit(center)).as("its history stays").isPresent();

        ResponseEntity<String> backIntoInactive = tuphap.exchange("/api/organization/officers/" + officer + "/active",
                HttpMethod.PUT, json("{\"active\": true}"), String.class);
        assertThat(backIntoInactive.getStatusCode().value()).isEqualTo(409);
        assertThat(backIntoInactive.getBody()).contains("đã ngừng hoạt động");
        ResponseEntity<String> underInactive = create(tuphap, "000.00.10.E" + unique(), "Tổ con", "SERVICE_CENTER",
                center);
        assertThat(underInactive.getStatusCode().value()).isEqualTo(409);

        assertThat(tuphap.exchange("/api/organization/units/" + center + "/active", HttpMethod.PUT,
                json("{\"active\": true}"), String.class).getStatusCode().value()).isEqualTo(204);
        ResponseEntity<String> back = tuphap.exchange("/api/organization/officers/" + officer + "/active",
                HttpMethod.PUT, json("{\"active\": true}"), String.class);
        assertThat(back.getStatusCode().value()).as(back.getBody()).isEqualTo(200);
        assertThat(back.getBody()).contains("RECEPTION").contains("\"deactivated\":false");
    }

    @Test
    void a_deactivated_commune_is_not_offered_on_forms() {
        String commune = "000.70.00.H" + unique();
        ResponseEntity<String> created = create(as("quantri"), commune, "Ủy ban nhân dân xã Tạm Thời", "COMMUNE", PROVINCE);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        assertThat(communes.all()).containsKey(commune);
        assertThat(communes.contains(commune)).isTrue();

        ResponseEntity<String> deactivated = as("quantri").exchange("/api/organization/units/" + commune + "/active",
                HttpMethod.PUT, json("{\"active\": false}"), String.class);
        assertThat(deactivated.getStatusCode().value()).as(deactivated.getBody()).isEqualTo(204);
        assertThat(communes.all()).doesNotContainKey(commune);
        assertThat(communes.contains(commune)).isFalse();
    }

    @Test
    void a_unit_administrators_import_touches_only_their_scope_and_their_export_imports_back_unchanged()
            throws Exception {
        TestRestTemplate tuphap = as("quantri.tuphap");
        String suffix = unique();
        String outside = """
                Tên đăng nhập;Họ và tên;Email;Mã đơn vị;Vai trò;Trạng thái
                tp.a%1$s;Nguyễn Văn A;;000.00.10.H99;Chuyên viên;
                tp.b%1$s;Trần Thị B;;000.01.00.H99;Chuyên viên;
                hotich.tandinh;Trần Văn Minh;;000.00.10.H99;Chuyên viên;
                lanhdao.nnmt;Tăng Văn Bảo;;;;Nghỉ việc
                """.formatted(suffix);
        ResponseEntity<String> refused = upload(tuphap, "officers", "can-bo.csv", outside.getBytes(StandardCharsets.UTF_8),
                "");
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        JsonNode problems = json.readTree(refused.getBody()).get("problems");
        assertThat(problems.findValuesAsText("row")).containsExactly("3", "4", "5");
        assertThat(refused.getBody()).contains("không thuộc phạm vi quản trị của bạn (Sở Tư pháp)");
        assertThat(identity.createUserQuery().userId("tp.a" + suffix).count()).isZero();
        assertThat(organization.isDeactivated("lanhdao.nnmt")).isFalse();

        ResponseEntity<String> skipped = upload(tuphap, "officers", "can-bo.csv",
                outside.getBytes(StandardCharsets.UTF_8), "?skipInvalidRows=true");
        assertThat(skipped.getStatusCode().value()).as(skipped.getBody()).isEqualTo(200);
        assertThat(organization.officer("tp.a" + suffix).orElseThrow().unitCode()).isEqualTo(TUPHAP);
        assertThat(organization.officer("hotich.tandinh").orElseThrow().unitCode()).isEqualTo(TANDINH);
        assertThat(identity.createUserQuery().userId("tp.b" + suffix).count()).isZero();

        String units = """
                Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cấp trên
                000.01.00.H99;Đổi tên phường;Xã/Phường/Đặc khu;000.00.00.H99
                000.00.10.N%1$s;Chi cục dưới Sở khác;Trung tâm phục vụ hành chính công;000.00.11.H99
                000.00.10.M%1$s;Phòng mới của Sở;Trung tâm phục vụ hành chính công;000.00.10.H99
                000.00.10.H99;Sở Tư pháp;Trung tâm phục vụ hành chính công;000.00.00.H99
                """.formatted(suffix);
        ResponseEntity<String> unitsRefused = upload(tuphap, "units", "don-vi.csv",
                units.getBytes(StandardCharsets.UTF_8), "");
        assertThat(unitsRefused.getStatusCode().value()).isEqualTo(422);
        assertThat(json.readTree(unitsRefused.getBody()).get("problems").findValuesAsText("row"))
                .as("row 4's parent is the department of row 5, whose change of kind is refused")
                .containsExactly("2", "3", "4", "5");
        assertThat(unitsRefused.getBody()).contains("Chỉ quản trị cấp tỉnh đặt hoặc đổi được loại đơn vị")
                .contains("Đơn vị cấp trên 000.00.11.H99 không thuộc phạm vi quản trị của bạn");
        assertThat(organization.unit("000.00.10.M" + suffix)).isEmpty();
        assertThat(organization.unit(TANDINH).orElseThrow().name()).isEqualTo("Ủy ban nhân dân phường Tân Định");

        for (String format : List.of("csv", "xlsx")) {
            for (String kind : List.of("officers", "units")) {
                ResponseEntity<byte[]> exported = tuphap.getForEntity("/api/organization/exports/" + kind + "?format="
                        + format, byte[].class);
                assertThat(exported.getStatusCode().value()).isEqualTo(200);
                if (format.equals("csv")) {
                    String text = new String(exported.getBody(), StandardCharsets.UTF_8);
                    assertThat(text).doesNotContain("hotich.tandinh").doesNotContain(TANDINH).doesNotContain(NNMT);
                    if (kind.equals("officers")) {
                        assertThat(text).contains("tp.a" + suffix).contains("lanhdao.tuphap");
                    }
                }
                ResponseEntity<String> again = upload(tuphap, kind, "xuat." + format, exported.getBody(), "");
                assertThat(again.getStatusCode().value()).as(kind + " " + format + ": " + again.getBody()).isEqualTo(200);
                JsonNode report = json.readTree(again.getBody());
                assertThat(report.get("created")).as(again.getBody()).isEmpty();
                assertThat(report.get("updated")).as(again.getBody()).isEmpty();
                assertThat(report.get("deactivated")).as(again.getBody()).isEmpty();
                assertThat(report.get("unchanged").asInt()).isEqualTo(report.get("rows").asInt()).isPositive();
            }
        }
    }

    private ResponseEntity<String> create(TestRestTemplate as, String code, String name, String kind, String parent) {
        return as.postForEntity("/api/organization/units", json("""
                {"code": "%s", "name": "%s", "kind": "%s", "parent": "%s"}""".formatted(code, name, kind, parent)),
                String.class);
    }

    private JsonNode json(ResponseEntity<String> answer) throws Exception {
        return json.readTree(answer.getBody());
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
