package vn.motcua.citizen;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.CitizenSession;
import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen signed in with VNeID (its simulator) sees exactly the dossiers they applied for. Uses the
 * test-only simulated citizens of application-test.yaml, whose IDs no other test applies with.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenDossiersIT {

    private static final String CITIZEN_A = "079302009001";
    private static final String CITIZEN_B = "079202009002";
    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    private String runningOfA;
    private String endedOfA;
    private String dossierOfB;

    @BeforeAll
    void citizensApply() {
        runningOfA = apply(CITIZEN_A, "Võ Thị Kiểm Thử", "received");
        endedOfA = apply(CITIZEN_A, "Võ Thị Kiểm Thử", "refused");
        dossierOfB = apply(CITIZEN_B, "Đặng Văn Thử Nghiệm", "received");
    }

    @Test
    void the_api_returns_exactly_the_citizens_own_dossiers_with_where_each_stands() throws Exception {
        CitizenSession a = CitizenSession.login(port, CITIZEN_A, PASSWORD);
        assertThat(a.signedIn()).isTrue();

        List<Map<String, Object>> dossiers = dossiersOf(a);

        assertThat(dossiers).extracting(dossier -> dossier.get("code"))
                .containsExactlyInAnyOrder(runningOfA, endedOfA)
                .doesNotContain(dossierOfB);
        Map<String, Object> running = byCode(dossiers, runningOfA);
        assertThat(running).containsEntry("procedureName", "Đăng ký khai sinh")
                .containsEntry("state", "RUNNING")
                .containsEntry("currentSteps", List.of("Thẩm định, ghi sổ hộ tịch"))
                .containsEntry("outcome", null);
        assertThat((String) running.get("submittedAt")).endsWith("+07:00");
        Map<String, Object> ended = byCode(dossiers, endedOfA);
        assertThat(ended).containsEntry("state", "STOPPED")
                .containsEntry("currentSteps", List.of())
                .containsEntry("outcome", "Từ chối tiếp nhận");

        CitizenSession b = CitizenSession.login(port, CITIZEN_B, PASSWORD);
        assertThat(dossiersOf(b)).extracting(dossier -> dossier.get("code")).containsExactly(dossierOfB);
    }

    @Test
    void the_my_dossiers_page_lists_the_citizens_dossiers_in_vietnamese_and_no_one_elses() {
        CitizenSession a = CitizenSession.login(port, CITIZEN_A, PASSWORD);

        String page = a.get("/citizen").body();

        assertThat(page).contains("Hồ sơ của tôi").contains("Võ Thị Kiểm Thử")
                .contains(runningOfA).contains(endedOfA).doesNotContain(dossierOfB)
                .contains("Đăng ký khai sinh").contains("Đang giải quyết").contains("Thẩm định, ghi sổ hộ tịch")
                .contains("Đã dừng xử lý").contains("Từ chối tiếp nhận");
    }

    @Test
    void a_citizen_without_dossiers_sees_an_empty_list() throws Exception {
        CitizenSession dung = CitizenSession.login(port, "042303000789", PASSWORD);

        assertThat(dossiersOf(dung)).isEmpty();
        assertThat(dung.get("/citizen").body()).contains("Bạn chưa có hồ sơ nào.");
    }

    private List<Map<String, Object>> dossiersOf(CitizenSession citizen) throws Exception {
        HttpResponse<String> response = citizen.get("/api/citizen/dossiers");
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readValue(response.body(), new TypeReference<>() { });
    }

    private static Map<String, Object> byCode(List<Map<String, Object>> dossiers, String code) {
        return dossiers.stream().filter(dossier -> code.equals(dossier.get("code"))).findFirst().orElseThrow();
    }

    /** As processes/civil-status/birth-registration.bpmn is started from its start form. */
    private String apply(String citizenId, String name, String completeness) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receivingUnit", "000.02.01.H99");
        variables.put("applicantName", name);
        variables.put("applicantId", citizenId);
        variables.put("relationship", "mẹ");
        variables.put("childName", "Nguyễn Minh Khôi");
        variables.put("childBirthDate", "2025-06-30");
        variables.put("childSex", "nam");
        variables.put("birthPlace", "Bệnh viện Đa khoa tỉnh");
        variables.put("residenceCommune", "000.02.00.H99");
        variables.put("completeness", completeness);
        variables.put("refusalReason", "Không thuộc thẩm quyền giải quyết");
        String instance = runtime.startProcessInstanceByKey("birth-registration", variables).getId();
        // the platform registered the dossier and gave it its code
        return jdbc.sql("select code from dossier where process_instance_id = ?").param(instance)
                .query(String.class).single();
    }
}
