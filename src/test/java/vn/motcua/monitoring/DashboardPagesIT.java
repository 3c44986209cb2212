package vn.motcua.monitoring;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/** The supervisor's pages: numbers, drill-down to the dossiers, and each dossier's control sheet. */
@IntegrationTest
class DashboardPagesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Test
    void a_supervisor_drills_down_from_the_dashboard_to_a_dossiers_control_sheet() throws Exception {
        JsonNode dossier = json.readTree(http.withBasicAuth("tiepnhan.tandinh", "test-password").postForEntity(
                "/api/dossiers", jsonEntity(birthRegistration("received", "079201013131")), String.class).getBody());
        String code = dossier.get("code").asText();

        OfficerSession supervisor = OfficerSession.login(port, "giamsat.tandinh", "test-password");
        HttpResponse<String> dashboard = supervisor.get("/giam-sat");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Giám sát giải quyết hồ sơ", "Quá hạn", "Đang giải quyết",
                "/webjars/echarts/5.3.1/dist/echarts.min.js");

        HttpResponse<String> statistics = supervisor.get("/giam-sat/thong-ke");
        assertThat(statistics.statusCode()).isEqualTo(200);
        assertThat(statistics.body()).contains("Thống kê tình hình giải quyết hồ sơ", "Trung tâm Phục vụ hành chính công phường Tân Định",
                "Tổng cộng", "/api/monitoring/statistics.xlsx").doesNotContain("phường Kinh Bắc");

        HttpResponse<String> open = supervisor.get("/giam-sat/ho-so?state=open");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains(code);

        HttpResponse<String> sheet = supervisor.get("/ho-so/" + dossier.get("id").asText() + "/phieu-kiem-soat");
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.body()).contains("Phiếu kiểm soát quá trình giải quyết hồ sơ", code,
                "Thẩm định, ghi sổ hộ tịch", "/camunda/app/cockpit/default/#/process-instance/");
    }

    @Test
    void a_supervisor_of_another_commune_does_not_see_the_dossier_and_an_officer_gets_a_vietnamese_403() throws Exception {
        JsonNode dossier = json.readTree(http.withBasicAuth("tiepnhan.tandinh", "test-password").postForEntity(
                "/api/dossiers", jsonEntity(birthRegistration("received", "079201013132")), String.class).getBody());

        OfficerSession province = OfficerSession.login(port, "giamsat.tinh", "test-password");
        assertThat(province.get("/giam-sat/ho-so?state=open").body()).contains(dossier.get("code").asText());

        OfficerSession kinhBacLeader = OfficerSession.login(port, "lanhdao.kinhbac", "test-password");
        HttpResponse<String> forbidden = kinhBacLeader.get("/giam-sat");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Không có quyền truy cập");
        HttpResponse<String> foreignSheet = kinhBacLeader.get("/ho-so/" + dossier.get("id").asText() + "/phieu-kiem-soat");
        assertThat(foreignSheet.statusCode()).isEqualTo(404);
        assertThat(foreignSheet.body()).doesNotContain(dossier.get("code").asText());
    }
}
