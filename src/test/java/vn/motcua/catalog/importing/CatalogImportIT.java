package vn.motcua.catalog.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.files.UploadedTable;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/** Imports through the API: the sample, an amending complete file, bad rows, and dossiers across versions. */
@IntegrationTest
class CatalogImportIT {

    private static final Set<String> DEMO = Set.of("1.001193", "1.000656", "1.000894", "2.000815", "2.000488", "1.009994");
    private static final String HEADER = "Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Cơ quan thực hiện;"
            + "Thời hạn trực tiếp;Phí, lệ phí;Mức độ DVC;Quy trình\n";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    private TestRestTemplate designer() {
        return http.withBasicAuth("thietke", "test-password");
    }

    private ResponseEntity<String> upload(TestRestTemplate as, String fileName, byte[] content, String query) {
        return CatalogUploads.upload(as, fileName, content, query);
    }

    private JsonNode imported(String fileName, byte[] content, String query) throws IOException {
        ResponseEntity<String> answer = upload(designer(), fileName, content, query);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(ProcedureRowsTest.SAMPLE_CSV);
    }

    private int versionCount() {
        return jdbc.sql("select count(*) from catalog_procedure").query(Integer.class).single();
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingTimeCalculator.ZONE);
    }

    private static List<String> codes(JsonNode entries) {
        List<String> codes = new ArrayList<>();
        entries.forEach(entry -> codes.add(entry.get("code").asText()));
        return codes;
    }

    @Test
    void the_sample_imports_once_then_an_amending_complete_file_gives_exactly_its_diff() throws IOException {
        int before = versionCount();
        // 68 procedures, 6 of them the demo ones (others' catalog entries may know a few more)
        int known = jdbc.sql("select count(distinct code) from catalog_procedure where code in (" + SAMPLE_CODES + ")")
                .query(Integer.class).single();
        assertThat(known).isGreaterThanOrEqualTo(6);
        JsonNode dryRun = imported("sample-catalog.csv", sample(), "?dryRun=true");
        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(dryRun.get("problems")).isEmpty();
        assertThat(dryRun.at("/diff/added").size()).isEqualTo(68 - known);
        // the demo procedures are in the sample with the values of procedures.yaml: nothing to amend
        assertThat(codes(dryRun.at("/diff/amended"))).doesNotContainAnyElementsOf(DEMO);
        assertThat(codes(dryRun.at("/diff/added"))).doesNotContainAnyElementsOf(DEMO);
        assertThat(versionCount()).isEqualTo(before);

        JsonNode first = imported("sample-catalog.csv", sample(), "");
        assertThat(first.get("written").asBoolean()).isTrue();
        int written = first.at("/diff/added").size() + first.at("/diff/amended").size();
        assertThat(versionCount()).isEqualTo(before + written);
        assertThat(catalog.inForce("2.000884", today()).orElseThrow().processKey()).isEqualTo("certified-copy");
        assertThat(catalog.inForce("1.000593", today()).orElseThrow().processKey()).isEqualTo("tthc-1-000593");
        assertThat(catalog.inForce("1.004873", today()).orElseThrow().verification()).isEqualTo("thời hạn, phí");

        JsonNode again = imported("sample-catalog.csv", sample(), "");
        assertThat(again.at("/diff/added")).isEmpty();
        assertThat(again.at("/diff/amended")).isEmpty();
        assertThat(again.at("/diff/unchanged").asInt()).isEqualTo(68);
        assertThat(versionCount()).isEqualTo(before + written);

        JsonNode workbook = imported("sample-catalog.xlsx", CatalogWorkbooks.fromCsv(sample()), "?dryRun=true");
        assertThat(workbook.get("format").asText()).isEqualTo("XLSX");
        assertThat(workbook.at("/diff/unchanged").asInt()).isEqualTo(68);

        // the province republishes its education, mediation and poverty procedures: 5 amended, 2 abolished
        Set<String> fields = Set.of("Giáo dục", "Hòa giải ở cơ sở", "Giảm nghèo");
        Map<String, UnaryOperator<List<String>>> amendments = Map.of(
                "2.002891", row -> set(row, "Thời hạn trực tiếp", "15 ngày làm việc"),
                "2.002892", row -> set(row, "Thời hạn trực tiếp", "15 ngày làm việc"),
                "1.001639", row -> set(row, "Phí, lệ phí", "100.000 đồng/hồ sơ"),
                "2.000950", row -> set(row, "Mức độ DVC", "Toàn trình"),
                "1.011606", row -> set(row, "Căn cứ pháp lý", "Nghị định 07/2021/NĐ-CP; Quyết định 1234/QĐ-UBND"));
        Set<String> abolished = Set.of("3.000182", "1.011608");
        byte[] republished = rewrite(sample(), row -> fields.contains(row.get(3)), abolished, amendments);
        LocalDate effective = today();

        JsonNode diff = imported("cong-bo-2025.csv", republished, "?complete=true&effectiveFrom=" + effective).get("diff");
        assertThat(diff.get("added")).isEmpty();
        assertThat(codes(diff.get("amended"))).containsExactlyInAnyOrderElementsOf(amendments.keySet());
        assertThat(codes(diff.get("abolished"))).containsExactlyInAnyOrderElementsOf(abolished);
        assertThat(diff.get("unchanged").asInt()).isEqualTo(11 - 5 - 2);
        JsonNode limitChange = find(diff.get("amended"), "2.002891").get("changes");
        assertThat(limitChange).hasSize(1);
        assertThat(limitChange.get(0).get("field").asText()).isEqualTo("Thời hạn trực tiếp");
        assertThat(limitChange.get(0).get("oldValue").asText()).isEqualTo("20 ngày làm việc");
        assertThat(limitChange.get(0).get("newValue").asText()).isEqualTo("15 ngày làm việc");

        for (String code : amendments.keySet()) {
            Procedure current = catalog.inForce(code, effective).orElseThrow();
            assertThat(current.version()).isEqualTo(2);
            assertThat(current.validFrom()).isEqualTo(effective);
            assertThat(catalog.version(code, 1).orElseThrow().validTo()).isNull();
        }
        assertThat(catalog.inForce("2.002891", effective).orElseThrow().limit().workingDays()).isEqualTo(15);
        for (String code : abolished) {
            assertThat(catalog.inForce(code, effective)).isEmpty();
            assertThat(catalog.version(code, 1).orElseThrow().validTo()).isEqualTo(effective.minusDays(1));
        }
        // other fields, not in the file, are untouched
        assertThat(catalog.inForce("1.000593", effective)).isPresent();

        JsonNode replay = imported("cong-bo-2025.csv", republished, "?complete=true&effectiveFrom=" + effective).get("diff");
        assertThat(replay.get("amended")).isEmpty();
        assertThat(replay.get("abolished")).isEmpty();
        assertThat(replay.get("unchanged").asInt()).isEqualTo(9);
        assertThat(jdbc.sql("select count(*) from catalog_import where file_name = 'cong-bo-2025.csv' and amended_count = 5")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_file_with_bad_rows_is_reported_row_by_row_and_writes_nothing_unless_told_to_skip_them() throws IOException {
        byte[] file = (HEADER
                + "9.800001;Thủ tục thử hợp lệ;Thử nghiệm lỗi;Cấp xã;UBND xã;03 ngày làm việc;Miễn phí;Một phần;\n"
                + ";Thiếu mã;Thử nghiệm lỗi;Cấp xã;UBND xã;03 ngày làm việc;Miễn phí;Một phần;\n"
                + "9.800002;Thời hạn sai;Thử nghiệm lỗi;Cấp xã;UBND xã;tùy trường hợp;Miễn phí;Một phần;\n"
                + "9.800003;Cấp sai;Thử nghiệm lỗi;Cấp quận;UBND xã;03 ngày làm việc;Miễn phí;Một phần;\n"
                + "9.800001;Trùng mã;Thử nghiệm lỗi;Cấp xã;UBND xã;03 ngày làm việc;Miễn phí;Một phần;\n")
                .getBytes(StandardCharsets.UTF_8);
        int before = versionCount();

        ResponseEntity<String> refused = upload(designer(), "loi.csv", file, "");
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.get("detail").asText()).contains("4 dòng không hợp lệ");
        JsonNode problems = problem.get("problems");
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(problems.get(0).get("column").asText()).isEqualTo("Mã thủ tục");
        assertThat(problems.get(0).get("message").asText()).isEqualTo("Thiếu mã thủ tục.");
        assertThat(problems.get(1).get("column").asText()).isEqualTo("Thời hạn trực tiếp");
        assertThat(problems.get(2).get("message").asText()).contains("Cấp thực hiện \"Cấp quận\" không hợp lệ");
        assertThat(problems.get(3).get("message").asText()).isEqualTo("Mã thủ tục 9.800001 trùng với dòng 2.");
        assertThat(versionCount()).isEqualTo(before);
        assertThat(catalog.versions("9.800001")).isEmpty();

        JsonNode skipped = imported("loi.csv", file, "?skipInvalidRows=true");
        assertThat(skipped.get("written").asBoolean()).isTrue();
        assertThat(codes(skipped.at("/diff/added"))).containsExactly("9.800001");
        assertThat(skipped.get("invalidRows").asInt()).isEqualTo(4);
        // no process assigned: it runs the one generated from its record, nothing to warn about
        assertThat(skipped.get("warnings")).isEmpty();
        assertThat(catalog.inForce("9.800001", today()).orElseThrow().processKey()).isEqualTo("tthc-9-800001");
    }

    @Test
    void rows_whose_agency_is_no_unit_or_whose_fee_has_no_amount_are_refused_one_by_one_and_nothing_is_written()
            throws IOException {
        int before = versionCount();
        byte[] file = """
                Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Cơ quan thực hiện;Cơ quan phối hợp;Thời hạn giải quyết;\
                Phí, lệ phí;Ngày hiệu lực
                9.810001;Thủ tục hợp lệ;Thử lỗi;Cấp tỉnh;Sở Tư pháp;;10 ngày làm việc;Miễn phí;
                9.810002;Cơ quan lạ;Thử lỗi;Cấp tỉnh;Sở Ngoại vụ;;10 ngày làm việc;Miễn phí;
                9.810003;Phí không mức thu;Thử lỗi;Cấp xã;Ủy ban nhân dân cấp xã;;5 ngày làm việc;Có thu phí;
                9.810004;Phối hợp lạ;Thử lỗi;Cấp tỉnh;Sở Tư pháp;Ban Quản lý khu kinh tế;10 ngày làm việc;Miễn phí;
                9.810005;Ngày lạ;Thử lỗi;Cấp tỉnh;Sở Tư pháp;;10 ngày làm việc;Miễn phí;31/02/2026
                """.getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> refused = upload(designer(), "loi-co-quan.csv", file, "");
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        JsonNode problems = json.readTree(refused.getBody()).get("problems");
        assertThat(problems.findValuesAsText("row")).containsExactlyInAnyOrder("3", "4", "5", "6");
        assertThat(problems.findValuesAsText("column")).containsExactlyInAnyOrder("Cơ quan thực hiện", "Phí, lệ phí",
                "Cơ quan phối hợp", "Ngày hiệu lực");
        assertThat(problems.findValuesAsText("message")).anySatisfy(message -> assertThat(message)
                .contains("Sở Ngoại vụ", "không có trong cơ cấu tổ chức"));
        assertThat(problems.findValuesAsText("message")).anySatisfy(message -> assertThat(message)
                .contains("\"Có thu phí\" không ghi mức thu"));
        assertThat(versionCount()).isEqualTo(before);
        assertThat(catalog.versions("9.810001")).isEmpty();
    }

    @Test
    void only_designers_and_administrators_import_and_only_csv_or_xlsx_files() throws IOException {
        ResponseEntity<String> counter = upload(http.withBasicAuth("tiepnhan.tandinh", "test-password"), "a.csv",
                sample(), "?dryRun=true");
        assertThat(counter.getStatusCode().value()).isEqualTo(403);
        assertThat(upload(http.withBasicAuth("quantri", "test-password"), "a.csv", sample(), "?dryRun=true")
                .getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> pdf = upload(designer(), "danh-muc.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "");
        assertThat(pdf.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(pdf.getBody()).get("detail").asText()).contains(".csv").contains(".xlsx");

        ResponseEntity<String> large = upload(designer(), "lon.csv", new byte[6 * 1024 * 1024], "");
        assertThat(large.getStatusCode().value()).isEqualTo(413);
        assertThat(json.readTree(large.getBody()).get("detail").asText()).contains("lớn hơn 5 MB");

        ResponseEntity<String> badDate = upload(designer(), "a.csv", sample(), "?dryRun=true&effectiveFrom=01/07/2026");
        assertThat(badDate.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void a_file_name_with_a_path_is_refused_naming_the_file_before_anything_is_imported() throws IOException {
        int versions = versionCount();
        long imports = jdbc.sql("select count(*) from catalog_import").query(Long.class).single();
        for (String name : List.of("../../danh-muc.csv", "/tmp/danh-muc.csv", "C:danh-muc.csv", "thu-muc/danh-muc.csv", "..csv")) {
            ResponseEntity<String> refused = upload(designer(), name, sample(), "");
            assertThat(refused.getStatusCode().value()).as(name).isEqualTo(400);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(json.readTree(refused.getBody()).get("detail").asText()).as(name)
                    .contains("Tên tệp \"" + name + "\" không hợp lệ").contains("đường dẫn");
        }
        assertThat(versionCount()).isEqualTo(versions);
        assertThat(jdbc.sql("select count(*) from catalog_import").query(Long.class).single()).isEqualTo(imports);
        // an ordinary Vietnamese name is logged as it was sent
        String vietnamese = "Danh mục thủ tục công bố 2025.csv";
        assertThat(imported(vietnamese, sample(), "?dryRun=true").get("fileName").asText()).isEqualTo(vietnamese);
    }

    @Test
    void a_running_dossier_keeps_its_version_and_new_dossiers_take_the_version_in_force() throws IOException {
        String row = "9.900001;Đăng ký khai sinh (thử nhập danh mục);Thử nghiệm phiên bản;Cấp xã;UBND xã;%s;Miễn phí;Toàn trình;birth-registration\n";
        imported("v1.csv", (HEADER + row.formatted("03 ngày làm việc")).getBytes(StandardCharsets.UTF_8), "");
        TestRestTemplate counter = http.withBasicAuth("tiepnhan.tandinh", "test-password");
        JsonNode before = json.readTree(counter.postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", "079201021111").replace("1.001193", "9.900001")), String.class).getBody());
        assertThat(before.get("procedureVersion").asInt()).as(before.toString()).isEqualTo(1);

        JsonNode amended = imported("v2.csv", (HEADER + row.formatted("02 ngày làm việc")).getBytes(StandardCharsets.UTF_8), "");
        assertThat(find(amended.at("/diff/amended"), "9.900001").get("toVersion").asInt()).isEqualTo(2);
        JsonNode future = imported("v3.csv", (HEADER + row.formatted("01 ngày làm việc")).getBytes(StandardCharsets.UTF_8),
                "?effectiveFrom=" + today().plusDays(30));
        assertThat(find(future.at("/diff/amended"), "9.900001").get("toVersion").asInt()).isEqualTo(3);

        JsonNode after = json.readTree(counter.postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", "079201021112").replace("1.001193", "9.900001")), String.class).getBody());
        assertThat(after.get("procedureVersion").asInt()).isEqualTo(2);
        JsonNode old = json.readTree(counter.getForEntity("/api/dossiers/" + before.get("id").asText(), String.class).getBody());
        assertThat(old.get("procedureVersion").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select procedure_version from dossier where id = ?").param(before.get("id").asText())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(catalog.inForce("9.900001", today().plusDays(30)).orElseThrow().version()).isEqualTo(3);
    }

    private static JsonNode find(JsonNode entries, String code) {
        for (JsonNode entry : entries) {
            if (entry.get("code").asText().equals(code)) {
                return entry;
            }
        }
        throw new AssertionError("no " + code + " in " + entries);
    }

    private static final String SAMPLE_CODES = sampleCodes();

    private static String sampleCodes() {
        try {
            return String.join(",", ProcedureRows.of(CatalogSheet.read(UploadedTable.Format.CSV, sample())).procedures()
                    .stream().map(parsed -> "'" + parsed.procedure().code() + "'").toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> set(List<String> row, String column, String value) {
        List<String> copy = new ArrayList<>(row);
        copy.set(SAMPLE_COLUMNS.indexOf(column), value);
        return copy;
    }

    private static final List<String> SAMPLE_COLUMNS = List.of("STT", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực",
            "Cấp thực hiện", "Cơ quan thực hiện", "Thời hạn trực tiếp", "Thời hạn trực tuyến", "Thời hạn bưu chính",
            "Phí, lệ phí", "Thành phần hồ sơ", "Mức độ DVC", "Căn cứ pháp lý", "Kết quả thực hiện", "Quy trình",
            "Cần xác minh", "Độ tin cậy");

    /** The sample's rows that pass the filter, without the dropped codes and with the amendments applied. */
    private static byte[] rewrite(byte[] csv, Predicate<List<String>> keep, Set<String> dropped,
                                  Map<String, UnaryOperator<List<String>>> amendments) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').get();
        StringWriter out = new StringWriter();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)), format);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                List<String> row = record.toList();
                if (header) {
                    assertThat(row).isEqualTo(SAMPLE_COLUMNS);
                    printer.printRecord(row);
                    header = false;
                } else if (keep.test(row) && !dropped.contains(row.get(1))) {
                    printer.printRecord(amendments.getOrDefault(row.get(1), UnaryOperator.identity()).apply(row));
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
