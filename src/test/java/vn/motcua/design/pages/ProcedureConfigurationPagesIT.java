package vn.motcua.design.pages;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Who opens the procedure configuration pages, and that they bring their viewers from this server. */
@IntegrationTest
class ProcedureConfigurationPagesIT {

    private static final String PASSWORD = "test-password";

    @LocalServerPort
    int port;

    @Test
    void a_department_administrator_opens_the_list_and_a_procedure_with_viewers_served_by_motcua() throws Exception {
        OfficerSession administrator = OfficerSession.login(port, "quantri.tuphap", PASSWORD);

        HttpResponse<String> list = administrator.get("/quan-tri/thu-tuc?q=h%E1%BB%99%20t%E1%BB%8Bch");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Cấu hình thủ tục hành chính",
                "Bạn quản trị Sở Tư pháp: danh sách chỉ gồm các thủ tục do đơn vị này thực hiện.",
                "value=\"hộ tịch\"", "/js/admin-procedures.js", "name=\"_csrf\"");

        HttpResponse<String> procedure = administrator.get("/quan-tri/thu-tuc/1.000893");
        assertThat(procedure.statusCode()).isEqualTo(200);
        assertThat(procedure.body()).contains("Cấu hình thủ tục 1.000893", "Xem trước", "Triển khai",
                "Quay lại phiên bản trước", "Tải BPMN để mở bằng Camunda Modeler",
                "/api/administration/procedures/1.000893",
                "/vendor/bpmn-js-17.11.1/bpmn-navigated-viewer.production.min.js",
                "/vendor/form-js-1.8.7/form-viewer.umd.js")
                .doesNotContain("cdn.", "unpkg", "jsdelivr");

        for (String asset : new String[] {"/vendor/bpmn-js-17.11.1/bpmn-navigated-viewer.production.min.js",
                "/vendor/bpmn-js-17.11.1/diagram-js.css", "/vendor/form-js-1.8.7/form-viewer.umd.js",
                "/vendor/form-js-1.8.7/form-js.css", "/js/admin-procedure-configuration.js", "/js/procedure-api.js"}) {
            assertThat(administrator.get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void officers_and_supervisors_do_not_open_the_configuration_pages() throws Exception {
        for (String username : new String[] {"tiepnhan.tandinh", "giamsat.tinh", "thietke"}) {
            OfficerSession officer = OfficerSession.login(port, username, PASSWORD);
            HttpResponse<String> list = officer.get("/quan-tri/thu-tuc");
            assertThat(list.statusCode()).as(username).isEqualTo(403);
            assertThat(list.body()).as(username).contains("Không có quyền truy cập");
            assertThat(officer.get("/quan-tri/thu-tuc/1.000893").statusCode()).as(username).isEqualTo(403);
        }
    }

    @Test
    void a_forged_procedure_code_is_a_404_page_not_an_echo() throws Exception {
        OfficerSession administrator = OfficerSession.login(port, "quantri", PASSWORD);
        HttpResponse<String> forged = administrator.get("/quan-tri/thu-tuc/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(forged.statusCode()).isIn(400, 404);
        assertThat(forged.body()).doesNotContain("<script>alert(1)");
    }
}
