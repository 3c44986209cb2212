package vn.motcua.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.IntegrationTest;
import vn.motcua.browser.Chromium;

/**
 * In a real browser that asks for English: the Camunda webapps still speak Vietnamese (our vi.json and
 * config.js override the webjar's), English comes with ?lang=en and stays until ?lang=vi, and the
 * Camunda 8 migration banner is not shown.
 */
@IntegrationTest
class VietnameseWebappsBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void an_officer_whose_browser_asks_for_english_gets_vietnamese_webapps_and_can_switch_to_english() {
        WebDriver browser = Chromium.start("en-US");
        try {
            Chromium.signIn(browser, port, "tiepnhan.tandinh", "test-password");

            browser.get(url("/camunda/app/tasklist/default/"));
            waitForText(browser, "Bắt đầu quy trình");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("Phím tắt").doesNotContain("Start process").doesNotContain("Camunda 8");
            for (WebElement banner : browser.findElements(By.cssSelector(".ce-eol-banner"))) {
                assertThat(banner.isDisplayed()).as("Camunda 8 banner").isFalse();
            }
            // labels Tasklist computes once at start are Vietnamese too, however late its language table loads
            assertThat(browser.findElement(By.cssSelector(".sort-by")).getText()).isEqualTo("Hạn xử lý");
            assertThat(Chromium.consoleErrors(browser)).as("script errors or failed loads").isEmpty();
            Chromium.screenshot(browser, "webapps-1-tasklist-vi");

            browser.get(url("/camunda/app/welcome/default/"));
            waitForText(browser, "Ứng dụng");
            Chromium.screenshot(browser, "webapps-2-welcome-vi");

            browser.get(url("/camunda/app/tasklist/default/?lang=en"));
            waitForText(browser, "Start process");
            Chromium.screenshot(browser, "webapps-3-tasklist-en");
            browser.get(url("/camunda/app/welcome/default/"));
            waitForText(browser, "Applications");

            browser.get(url("/camunda/app/tasklist/default/?lang=vi"));
            waitForText(browser, "Bắt đầu quy trình");
        } finally {
            browser.quit();
        }
    }

    @Test
    void a_supervisor_whose_browser_asks_for_english_gets_a_vietnamese_cockpit() {
        WebDriver browser = Chromium.start("en-US");
        try {
            Chromium.signIn(browser, port, "giamsat.tandinh", "test-password");

            browser.get(url("/camunda/app/cockpit/default/"));
            waitForText(browser, "Quyết định");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("Quy trình").doesNotContain("Decisions").doesNotContain("Camunda 8");
            Chromium.screenshot(browser, "webapps-4-cockpit-vi");
        } finally {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void waitForText(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage(() -> "\"" + text + "\" not on " + Chromium.whatItShows(browser))
                .until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
    }
}
