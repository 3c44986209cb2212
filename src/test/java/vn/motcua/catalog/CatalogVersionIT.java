package vn.motcua.catalog;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/** An amended procedure applies to new dossiers; a dossier keeps the version it started with. */
@IntegrationTest
class CatalogVersionIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    Catalog catalog;

    @Autowired
    ProcedureRepository procedures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_new_version_in_force_from_today_is_used_by_new_dossiers_and_running_ones_keep_theirs() throws Exception {
        TestRestTemplate counter = http.withBasicAuth("tiepnhan.tandinh", "test-password");
        JsonNode before = json.readTree(counter.postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", "079201011111")), String.class).getBody());
        assertThat(before.get("procedureVersion").asInt()).isEqualTo(1);

        Procedure current = catalog.inForce("1.001193", today()).orElseThrow();
        Procedure amended = new Procedure(current.code(), 2, "Đăng ký khai sinh (sửa đổi)", current.field(),
                current.level(), new Procedure.LegalLimit(1, null, false, null, null), current.fee(),
                current.onlineLevel(), current.implementingAgency(), current.result(),
                current.legalBasis() + "; Nghị định sửa đổi", current.processKey(), today(), null,
                current.requiredDocuments());
        procedures.insert(amended);
        try {
            JsonNode after = json.readTree(counter.postForEntity("/api/dossiers",
                    jsonEntity(birthRegistration("received", "079201011112")), String.class).getBody());
            assertThat(after.get("procedureVersion").asInt()).isEqualTo(2);
            assertThat(after.get("procedureName").asText()).isEqualTo("Đăng ký khai sinh (sửa đổi)");

            JsonNode old = json.readTree(counter.getForEntity("/api/dossiers/" + before.get("id").asText(),
                    String.class).getBody());
            assertThat(old.get("procedureVersion").asInt()).isEqualTo(1);
            assertThat(old.get("procedureName").asText()).isEqualTo("Đăng ký khai sinh");
        } finally {
            jdbc.sql("delete from catalog_procedure where code = '1.001193' and version = 2").update();
        }
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingTimeCalculator.ZONE);
    }
}
