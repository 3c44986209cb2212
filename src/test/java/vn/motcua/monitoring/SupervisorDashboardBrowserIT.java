package vn.motcua.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.browser.Chromium;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/** In a real browser: a supervisor logs in, sees an overdue dossier on the dashboard, opens its control sheet. */
@IntegrationTest
class SupervisorDashboardBrowserIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void a_supervisor_sees_an_overdue_dossier_and_clicks_through_to_its_control_sheet() throws Exception {
        JsonNode dossier = json.readTree(http.withBasicAuth("tiepnhan.tandinh", "test-password").postForEntity(
                "/api/dossiers", jsonEntity(birthRegistration("received", "079201014141")), String.class).getBody());
        String id = dossier.get("id").asText();
        String code = dossier.get("code").asText();
        // seeded: the dossier's appointment and its open step are two days past (no waiting in a test)
        Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofDays(2)));
        jdbc.sql("update monitoring_dossier set appointment_at = ? where dossier_id = ?").params(past, id).update();
        jdbc.sql("update monitoring_step set due_at = ? where dossier_id = ? and is_open").params(past, id).update();

        WebDriver browser = Chromium.start();
        try {
            browser.get("http://localhost:" + port + "/giam-sat");
            assertThat(browser.getCurrentUrl()).endsWith("/login");
            browser.findElement(By.id("username")).sendKeys("giamsat.tandinh");
            browser.findElement(By.id("password")).sendKeys("test-password");
            Chromium.screenshot(browser, "supervisor-1-login");
            browser.findElement(By.cssSelector("button[type=submit]")).click();

            browser.get("http://localhost:" + port + "/giam-sat");
            int overdue = Integer.parseInt(browser.findElement(By.cssSelector("#overdue-tile .number")).getText().trim());
            assertThat(overdue).isPositive();
            String overdueTable = browser.findElement(By.id("most-overdue")).getText();
            assertThat(overdueTable).contains(code).contains("Đăng ký khai sinh")
                    .contains("Ủy ban nhân dân phường Tân Định");
            Chromium.screenshot(browser, "supervisor-2-dashboard");

            browser.findElement(By.linkText(code)).click();
            assertThat(browser.getCurrentUrl()).endsWith("/ho-so/" + id + "/phieu-kiem-soat");
            String sheet = browser.findElement(By.id("control-sheet")).getText();
            assertThat(sheet).contains(code).contains("Thẩm định, ghi sổ hộ tịch").contains("Xem quy trình trong Cockpit");
            assertThat(browser.getTitle()).isEqualTo("Phiếu kiểm soát quá trình giải quyết hồ sơ");
            Chromium.screenshot(browser, "supervisor-3-control-sheet");
        } finally {
            browser.quit();
        }
    }
}
