package vn.motcua.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.IntegrationTest;
import vn.motcua.browser.Chromium;

/** The webapps' header says "Một cửa" and which officer, of which unit, is signed in. */
@IntegrationTest
class WebappHeaderBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void a_reception_officer_sees_their_name_and_service_center_in_the_tasklist_header() {
        WebDriver browser = Chromium.start();
        try {
            logIn(browser, "tiepnhan.tandinh");
            browser.get(url("/camunda/app/tasklist/default/"));

            assertThat(officerInHeader(browser))
                    .isEqualTo("Nguyễn Thị Lan — Trung tâm Phục vụ hành chính công phường Tân Định");
            assertThat(browser.findElement(By.cssSelector(".navbar-brand .brand-name")).getText())
                    .isEqualTo("Một cửa · Xử lý hồ sơ");
            assertThat(browser.getTitle()).isEqualTo("Một cửa · Xử lý hồ sơ");
            Chromium.screenshot(browser, "webapps-header-1-tasklist");
        } finally {
            browser.quit();
        }
    }

    @Test
    void a_supervisor_sees_their_name_and_unit_in_the_cockpit_header() {
        WebDriver browser = Chromium.start();
        try {
            logIn(browser, "giamsat.tandinh");
            browser.get(url("/camunda/app/cockpit/default/"));

            assertThat(officerInHeader(browser))
                    .isEqualTo("Phạm Thu Hà — Trung tâm Phục vụ hành chính công phường Tân Định");
            assertThat(browser.findElement(By.cssSelector(".navbar-brand .brand-name")).getText())
                    .isEqualTo("Một cửa · Giám sát quy trình");
            Chromium.screenshot(browser, "webapps-header-2-cockpit");
        } finally {
            browser.quit();
        }
    }

    @Test
    void the_administrator_sees_their_name_and_unit_in_the_admin_and_welcome_headers() {
        WebDriver browser = Chromium.start();
        try {
            logIn(browser, "quantri");
            browser.get(url("/camunda/app/admin/default/"));
            assertThat(officerInHeader(browser)).isEqualTo("Tạ Quang Vinh — Trung tâm Phục vụ hành chính công tỉnh");
            Chromium.screenshot(browser, "webapps-header-3-admin");

            browser.get(url("/camunda/app/welcome/default/"));
            assertThat(officerInHeader(browser)).isEqualTo("Tạ Quang Vinh — Trung tâm Phục vụ hành chính công tỉnh");
            assertThat(browser.findElement(By.cssSelector(".navbar-brand .brand-name")).getText())
                    .isEqualTo("Một cửa · Trang chủ");
            Chromium.screenshot(browser, "webapps-header-4-welcome");
        } finally {
            browser.quit();
        }
    }

    private static String officerInHeader(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver
                .findElements(By.cssSelector("[cam-widget-header] .motcua-officer")).stream()
                .map(element -> element.getText()).filter(text -> !text.isBlank()).findFirst().orElse(null));
    }

    private void logIn(WebDriver browser, String username) {
        Chromium.signIn(browser, port, username, "test-password");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
