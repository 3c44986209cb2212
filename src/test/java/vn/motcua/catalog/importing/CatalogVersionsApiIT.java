package vn.motcua.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.motcua.IntegrationTest;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/** A procedure's versions and what a decision changed between two of them, for anyone who works the catalog. */
@IntegrationTest
class CatalogVersionsApiIT {

    private static final String HEADER = "Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Cơ quan thực hiện;"
            + "Thời hạn trực tiếp;Phí, lệ phí;Mức độ DVC\n";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    CatalogImports imports;

    @Test
    void the_versions_of_a_procedure_and_the_changes_between_two_are_listed() throws Exception {
        LocalDate today = LocalDate.now(WorkingTimeCalculator.ZONE);
        importRow("2.000921;Xác nhận phiên bản mẫu;Thử nghiệm phiên bản;Cấp xã;Ủy ban nhân dân cấp xã;"
                + "5 ngày làm việc;Miễn phí;Một phần", today);
        importRow("2.000921;Xác nhận phiên bản mẫu;Thử nghiệm phiên bản;Cấp xã;Ủy ban nhân dân cấp xã;"
                + "3 ngày làm việc;50.000 đồng;Một phần", today);
        TestRestTemplate officer = http.withBasicAuth("tiepnhan.tandinh", "test-password");

        JsonNode versions = json.readTree(officer.getForEntity("/api/catalog/procedures/2.000921/versions",
                String.class).getBody());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(1).get("version").asInt()).isEqualTo(2);

        JsonNode diff = json.readTree(officer.getForEntity("/api/catalog/procedures/2.000921/versions/diff?from=1&to=2",
                String.class).getBody());
        assertThat(diff.get("changes")).hasSize(2);
        assertThat(diff.get("changes").get(0).get("field").asText()).isEqualTo("Thời hạn trực tiếp");
        assertThat(diff.get("changes").get(0).get("oldValue").asText()).contains("5");
        assertThat(diff.get("changes").get(0).get("newValue").asText()).contains("3");
        assertThat(diff.get("changes").get(1).get("field").asText()).isEqualTo("Phí, lệ phí");
    }

    @Test
    void an_unknown_procedure_or_version_is_a_404_problem() {
        TestRestTemplate officer = http.withBasicAuth("tiepnhan.tandinh", "test-password");

        ResponseEntity<String> noProcedure = officer.getForEntity("/api/catalog/procedures/9.999999/versions",
                String.class);
        ResponseEntity<String> noVersion = officer.getForEntity(
                "/api/catalog/procedures/1.001193/versions/diff?from=1&to=99", String.class);

        assertThat(noProcedure.getStatusCode().value()).isEqualTo(404);
        assertThat(noProcedure.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(noVersion.getStatusCode().value()).isEqualTo(404);
        assertThat(noVersion.getBody()).contains("không có phiên bản 99");
    }

    private void importRow(String row, LocalDate day) {
        assertThat(imports.importFile("phien-ban.csv", (HEADER + row + "\n").getBytes(StandardCharsets.UTF_8),
                new CatalogImports.Options(false, day, false, false), "catalog-versions-api-it").written()).isTrue();
    }
}
