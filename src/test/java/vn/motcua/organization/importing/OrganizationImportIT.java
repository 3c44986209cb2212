package vn.motcua.organization.importing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.catalog.importing.CatalogImports;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.UnitKind;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * Administrators load the province's units and officers from the spreadsheets they keep: a file with invalid rows
 * changes nothing, a dry run writes nothing, the same file twice changes nothing the second time, officers who leave
 * are deactivated (not deleted) and come back when listed again, and a commune added by a file receives and handles
 * dossiers without any change to processes or decisions.
 */
@IntegrationTest
class OrganizationImportIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    OrganizationService organization;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    CatalogImports catalogImports;

    private TestRestTemplate admin() {
        return http.withBasicAuth("quantri", "test-password");
    }

    private static ResponseEntity<String> upload(TestRestTemplate as, String kind, String fileName, byte[] content,
                                                 String query) {
        return OrganizationUploads.upload(as, kind, fileName, content, query);
    }

    private JsonNode imported(String kind, String fileName, String csv, String query) throws Exception {
        ResponseEntity<String> answer = upload(admin(), kind, fileName, csv.getBytes(StandardCharsets.UTF_8), query);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    @Test
    void the_sample_province_imports_and_importing_it_again_changes_nothing() throws Exception {
        byte[] units = Files.readAllBytes(SampleProvince.UNITS_FILE);
        byte[] officers = Files.readAllBytes(SampleProvince.OFFICERS_FILE);

        long started = System.nanoTime();
        ResponseEntity<String> unitsAnswer = upload(admin(), "units", "sample-province-units.csv", units, "");
        long unitsDone = System.nanoTime();
        ResponseEntity<String> officersAnswer = upload(admin(), "officers", "sample-province-officers.csv", officers, "");
        long officersDone = System.nanoTime();
        System.out.printf("Sample province import: units %d ms, officers %d ms%n",
                (unitsDone - started) / 1_000_000, (officersDone - unitsDone) / 1_000_000);

        assertThat(unitsAnswer.getStatusCode().value()).as(unitsAnswer.getBody()).isEqualTo(200);
        assertThat(officersAnswer.getStatusCode().value()).as(officersAnswer.getBody()).isEqualTo(200);
        JsonNode officersReport = json.readTree(officersAnswer.getBody());
        assertThat(officersReport.get("written").asBoolean()).isTrue();
        assertThat(officersReport.get("invalidRows").asInt()).isZero();
        assertThat(organization.units().stream().filter(unit -> unit.kind() == UnitKind.SERVICE_CENTER).count())
                .isGreaterThanOrEqualTo(100);
        assertThat(organization.units().stream().filter(unit -> unit.kind() == UnitKind.COMMUNE).count())
                .isGreaterThanOrEqualTo(100);
        assertThat(identity.createUserQuery().count()).isGreaterThanOrEqualTo(3000);
        assertThat(identity.createUserQuery().memberOfGroup("000.157.00.H99:specialist").count()).isEqualTo(17);

        JsonNode unitsAgain = imported("units", "sample-province-units.csv", new String(units, StandardCharsets.UTF_8), "");
        JsonNode officersAgain = imported("officers", "sample-province-officers.csv",
                new String(officers, StandardCharsets.UTF_8), "");
        for (JsonNode again : List.of(unitsAgain, officersAgain)) {
            assertThat(again.get("written").asBoolean()).isTrue();
            assertThat(again.get("created")).isEmpty();
            assertThat(again.get("updated")).isEmpty();
            assertThat(again.get("deactivated")).isEmpty();
            assertThat(again.get("reactivated")).isEmpty();
            assertThat(again.get("unchanged").asInt()).isEqualTo(again.get("rows").asInt());
        }
        assertThat(officersAgain.get("rows").asInt()).isGreaterThanOrEqualTo(3000);
    }

    @Test
    void a_duplicate_code_an_unknown_parent_or_a_cycle_is_reported_per_row_and_nothing_is_written() throws Exception {
        String csv = """
                Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cấp trên
                000.201.00.H99;Ủy ban nhân dân xã Thử Một;Xã;000.00.00.H99
                000.201.00.H99;Ủy ban nhân dân xã Thử Hai;Xã;000.00.00.H99
                000.202.01.H99;Trung tâm Phục vụ hành chính công xã Không Có;Trung tâm phục vụ hành chính công;000.999.00.H99
                000.203.00.H99;Ủy ban nhân dân xã Vòng A;Xã;000.204.00.H99
                000.204.00.H99;Ủy ban nhân dân xã Vòng B;Xã;000.203.00.H99
                000.205.00.H99;;Huyện;000.00.00.H99
                """;
        ResponseEntity<String> answer = upload(admin(), "units", "loi.csv", csv.getBytes(StandardCharsets.UTF_8), "");

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problems = json.readTree(answer.getBody()).get("problems");
        assertThat(rowsAndColumns(problems)).contains("3 Mã đơn vị", "4 Mã đơn vị cấp trên", "5 Mã đơn vị cấp trên",
                "6 Mã đơn vị cấp trên", "7 Tên đơn vị", "7 Loại đơn vị");
        assertThat(answer.getBody()).contains("trùng với dòng 2").contains("Không có đơn vị cấp trên mã 000.999.00.H99")
                .contains("vòng lặp");
        assertThat(json.readTree(answer.getBody()).get("report").get("written").asBoolean()).isFalse();
        assertThat(organization.unit("000.201.00.H99")).isEmpty();
        assertThat(organization.unit("000.203.00.H99")).isEmpty();

        JsonNode skipped = imported("units", "loi.csv", csv, "?skipInvalidRows=true");
        assertThat(skipped.get("created")).hasSize(1);
        assertThat(organization.unit("000.201.00.H99").orElseThrow().name()).isEqualTo("Ủy ban nhân dân xã Thử Một");
        assertThat(organization.unit("000.203.00.H99")).isEmpty();
    }

    @Test
    void a_dry_run_reports_what_would_change_and_writes_nothing() throws Exception {
        JsonNode report = imported("units", "thu.csv", """
                Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên
                000.210.00.H99,Ủy ban nhân dân phường Chạy Thử,Phường,000.00.00.H99
                000.01.00.H99,Ủy ban nhân dân phường Tân Định,Phường,000.00.00.H99
                """, "?dryRun=true");
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("written").asBoolean()).isFalse();
        assertThat(report.get("created").get(0).asText()).isEqualTo("000.210.00.H99");
        assertThat(report.get("unchanged").asInt()).isEqualTo(1);
        assertThat(organization.unit("000.210.00.H99")).isEmpty();

        JsonNode officers = imported("officers", "thu.csv", """
                Tên đăng nhập\tHọ và tên\tEmail\tMã đơn vị\tVai trò
                chaythu.tandinh\tLê Chạy Thử\t\t000.01.00.H99\tChuyên viên
                """, "?dryRun=true");
        assertThat(officers.get("created").get(0).asText()).isEqualTo("chaythu.tandinh");
        assertThat(identity.createUserQuery().userId("chaythu.tandinh").count()).isZero();

        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đơn vị");
            String[][] rows = {{"Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên"},
                    {"000.211.00.H99", "Ủy ban nhân dân xã Bảng Tính", "Xã", "000.00.00.H99"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        ResponseEntity<String> workbookAnswer = upload(admin(), "units", "don-vi.xlsx", xlsx, "?dryRun=true");
        assertThat(workbookAnswer.getStatusCode().value()).as(workbookAnswer.getBody()).isEqualTo(200);
        assertThat(json.readTree(workbookAnswer.getBody()).get("created").get(0).asText()).isEqualTo("000.211.00.H99");
        assertThat(organization.unit("000.211.00.H99")).isEmpty();
    }

    @Test
    void officer_rows_with_an_unknown_unit_or_role_a_duplicate_user_name_or_a_bad_email_change_nothing() throws Exception {
        String csv = """
                Tên đăng nhập;Họ và tên;Email;Mã đơn vị;Vai trò;Trạng thái
                hople.kinhbac;Nguyễn Hợp Lệ;hople@tinhmau.gov.vn;000.03.00.H99;Chuyên viên;
                khongco.donvi;Trần Không Có;;000.98.76.H99;Chuyên viên;
                sai.vaitro;Lê Sai Vai;;000.03.00.H99;"Chuyên viên; Thủ quỹ";
                hople.kinhbac;Nguyễn Trùng Tên;;000.03.00.H99;Lãnh đạo;
                sai.email;Phạm Sai Thư;khong-phai-email;000.03.00.H99;Lãnh đạo;
                sai.trangthai;Hồ Sai;;000.03.00.H99;Lãnh đạo;Tạm nghỉ
                """;
        ResponseEntity<String> answer = upload(admin(), "officers", "can-bo.csv", csv.getBytes(StandardCharsets.UTF_8), "");

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        JsonNode problems = json.readTree(answer.getBody()).get("problems");
        assertThat(rowsAndColumns(problems)).containsExactly("3 Mã đơn vị", "4 Vai trò", "5 Tên đăng nhập", "6 Email",
                "7 Trạng thái");
        assertThat(answer.getBody()).contains("Thủ quỹ").contains("trùng với dòng 2");
        assertThat(identity.createUserQuery().userId("hople.kinhbac").count()).isZero();
    }

    @Test
    void only_administrators_import_and_only_csv_or_xlsx_files_with_the_required_columns() {
        byte[] csv = "Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cấp trên\n".getBytes(StandardCharsets.UTF_8);
        ResponseEntity<String> officer = upload(http.withBasicAuth("tiepnhan.tandinh", "test-password"), "units",
                "don-vi.csv", csv, "");
        assertThat(officer.getStatusCode().value()).isEqualTo(403);
        assertThat(officer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();

        ResponseEntity<String> text = upload(admin(), "units", "don-vi.txt", csv, "");
        assertThat(text.getStatusCode().value()).isEqualTo(400);
        assertThat(text.getBody()).contains(".csv").contains(".xlsx");

        ResponseEntity<String> notAWorkbook = upload(admin(), "officers", "can-bo.xlsx", csv, "");
        assertThat(notAWorkbook.getStatusCode().value()).isEqualTo(400);

        ResponseEntity<String> missingColumn = upload(admin(), "officers", "can-bo.csv",
                "Tên đăng nhập;Họ và tên;Mã đơn vị\na.b;A B;000.01.00.H99\n".getBytes(StandardCharsets.UTF_8), "");
        assertThat(missingColumn.getStatusCode().value()).isEqualTo(400);
        assertThat(missingColumn.getBody()).contains("Thiếu cột bắt buộc: Vai trò");

        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(csv, 0, large, 0, csv.length);
        Arrays.fill(large, csv.length, large.length, (byte) 'a');
        ResponseEntity<String> tooLarge = upload(admin(), "units", "lon.csv", large, "");
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
    }

    /**
     * The key check: a commune, its center and two officers added by files receive and handle a commune-level
     * procedure through the generated process (no BPMN or DMN change); then the specialist leaves (deactivated: cannot
     * sign in, loses the task, keeps their name) and comes back.
     */
    @Test
    void a_commune_added_by_file_receives_and_handles_dossiers_and_its_officers_leave_and_come_back() throws Exception {
        LocalDate today = LocalDate.now(WorkingTimeCalculator.ZONE);
        assertThat(catalogImports.importFile("tthc-xa.csv", """
                Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Cơ quan thực hiện;Thời hạn trực tiếp;Phí, lệ phí;Mức độ DVC
                2.000961;Xác nhận mẫu của xã;Thử nghiệm nhập tổ chức;Cấp xã;Ủy ban nhân dân cấp xã;5 ngày làm việc;Miễn phí;Một phần
                """.getBytes(StandardCharsets.UTF_8), new CatalogImports.Options(false, today, false, false),
                "organization-import-it").written()).isTrue();

        imported("units", "xa-moi.csv", """
                Danh sách đơn vị bổ sung (tháng 12)
                Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cấp trên
                000.250.00.H99;Ủy ban nhân dân xã Tân Mới;Xã/Phường/Đặc khu;000.00.00.H99
                000.250.01.H99;Trung tâm Phục vụ hành chính công xã Tân Mới;Trung tâm phục vụ hành chính công;000.250.00.H99
                """, "");
        String officersFile = """
                Tên đăng nhập;Họ và tên;Email;Mã đơn vị;Vai trò;Trạng thái
                tiepnhan.tanmoi;Đoàn Thị Mới;tiepnhan.tanmoi@tinhmau.gov.vn;000.250.01.H99;Tiếp nhận;Đang công tác
                chuyenvien.tanmoi;Lưu Văn Xử Lý;;000.250.00.H99;Chuyên viên;%s
                lanhdao.tanmoi;Kha Thị Duyệt;;000.250.00.H99;Lãnh đạo;
                """;
        JsonNode created = imported("officers", "can-bo-xa-moi.csv", officersFile.formatted("Đang công tác"), "");
        assertThat(created.get("created")).hasSize(3);

        TestRestTemplate receptionist = http.withBasicAuth("tiepnhan.tanmoi", "test-password");
        JsonNode dossier = json.readTree(receptionist.postForEntity("/api/dossiers", jsonEntity("""
                {"procedureCode": "2.000961", "channel": "COUNTER", "receivingUnit": "000.250.01.H99",
                 "applicant": {"name": "Mạc Văn Nộp", "idNumber": "079201033333"}, "completeness": "received"}"""),
                String.class).getBody());
        assertThat(dossier.get("status").asInt()).as(dossier.toString()).isEqualTo(4);
        Task appraisal = tasks.createTaskQuery().processVariableValueEquals("dossierId", dossier.get("id").asText())
                .singleResult();
        assertThat(tasks.getIdentityLinksForTask(appraisal.getId()).stream().map(IdentityLink::getGroupId))
                .containsExactly("000.250.00.H99:specialist");
        assertThat(tasks.createTaskQuery().taskCandidateUser("chuyenvien.tanmoi").taskId(appraisal.getId()).count())
                .isEqualTo(1);
        TestRestTemplate specialist = http.withBasicAuth("chuyenvien.tanmoi", "test-password");
        assertThat(specialist.getForEntity("/api/officers/me", String.class).getStatusCode().value()).isEqualTo(200);
        tasks.claim(appraisal.getId(), "chuyenvien.tanmoi");

        JsonNode left = imported("officers", "can-bo-xa-moi.csv", officersFile.formatted("Nghỉ việc"), "");
        assertThat(left.get("deactivated").get(0).asText()).isEqualTo("chuyenvien.tanmoi");
        assertThat(specialist.getForEntity("/api/officers/me", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(identity.createGroupQuery().groupMember("chuyenvien.tanmoi").count()).isZero();
        assertThat(tasks.createTaskQuery().taskId(appraisal.getId()).singleResult().getAssignee()).isNull();
        assertThat(tasks.createTaskQuery().taskCandidateUser("chuyenvien.tanmoi").count()).isZero();
        assertThat(organization.officer("chuyenvien.tanmoi").orElseThrow().name()).isEqualTo("Lưu Văn Xử Lý");
        assertThat(organization.isDeactivated("chuyenvien.tanmoi")).isTrue();
        assertThat(organization.isLocked("chuyenvien.tanmoi")).as("leaving is not an administrator's lock").isFalse();
        assertThat(admin().getForEntity("/api/organization/officers", String.class).getBody())
                .containsPattern("\"username\":\"chuyenvien.tanmoi\",\"name\":\"Lưu Văn Xử Lý\"[^}]*\"deactivated\":true");

        JsonNode back = imported("officers", "can-bo-xa-moi.csv", officersFile.formatted(""), "");
        assertThat(back.get("reactivated").get(0).asText()).isEqualTo("chuyenvien.tanmoi");
        assertThat(specialist.getForEntity("/api/officers/me", String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(tasks.createTaskQuery().taskCandidateUser("chuyenvien.tanmoi").taskId(appraisal.getId()).count())
                .isEqualTo(1);

        // a complete file of the commune without its leader: the leader has left
        JsonNode complete = imported("officers", "can-bo-xa-moi.csv", """
                Tên đăng nhập;Họ và tên;Email;Mã đơn vị;Vai trò
                tiepnhan.tanmoi;Đoàn Thị Mới;tiepnhan.tanmoi@tinhmau.gov.vn;000.250.01.H99;Tiếp nhận
                chuyenvien.tanmoi;Lưu Văn Xử Lý;;000.250.00.H99;Chuyên viên
                """, "?complete=true");
        assertThat(complete.get("deactivated")).extracting(JsonNode::asText).containsExactly("lanhdao.tanmoi");
        assertThat(complete.get("unchanged").asInt()).isEqualTo(2);
        assertThat(organization.isDeactivated("lanhdao.tanmoi")).isTrue();
    }

    @Test
    void two_imports_at_once_run_one_after_the_other() throws Exception {
        byte[] officers = """
                Tên đăng nhập;Họ và tên;Mã đơn vị;Vai trò
                cungluc.kinhbac;Nguyễn Cùng Lúc;000.03.00.H99;Chuyên viên
                """.getBytes(StandardCharsets.UTF_8);
        CompletableFuture<ResponseEntity<String>> first = CompletableFuture.supplyAsync(
                () -> upload(admin(), "officers", "cung-luc.csv", officers, ""));
        CompletableFuture<ResponseEntity<String>> second = CompletableFuture.supplyAsync(
                () -> upload(admin(), "officers", "cung-luc.csv", officers, ""));

        List<JsonNode> reports = new ArrayList<>();
        for (ResponseEntity<String> answer : List.of(first.get(), second.get())) {
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            reports.add(json.readTree(answer.getBody()));
        }
        assertThat(reports).extracting(report -> report.get("created").size()).containsExactlyInAnyOrder(1, 0);
        assertThat(reports).extracting(report -> report.get("unchanged").asInt()).containsExactlyInAnyOrder(0, 1);
        assertThat(identity.createUserQuery().memberOfGroup("000.03.00.H99:specialist").userId("cungluc.kinhbac")
                .count()).isEqualTo(1);
    }

    private static List<String> rowsAndColumns(JsonNode problems) {
        List<String> found = new ArrayList<>();
        problems.forEach(problem -> found.add(problem.get("row").asInt() + " " + problem.get("column").asText()));
        return found;
    }
}
