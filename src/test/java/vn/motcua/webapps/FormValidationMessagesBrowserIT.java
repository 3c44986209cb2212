package vn.motcua.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.IntegrationTest;
import vn.motcua.browser.Chromium;
import vn.motcua.browser.CrowdedCatalog;
import vn.motcua.browser.StartDialog;

/**
 * A Camunda Form in Tasklist says what is wrong in Vietnamese: form-js writes English sentences, which
 * app/motcua/form-messages.js rewrites.
 */
@IntegrationTest
class FormValidationMessagesBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Test
    void an_empty_start_form_of_a_house_construction_permit_asks_for_the_required_fields_in_vietnamese() {
        CrowdedCatalog.deploy(repository);
        WebDriver browser = Chromium.start("en-US");
        try {
            Chromium.signIn(browser, port, "tiepnhan.tandinh", "test-password");

            browser.get(url("/camunda/app/tasklist/default/"));
            StartDialog.openStartForm(browser, wait(browser), "Cấp giấy phép xây dựng nhà ở riêng lẻ");

            browser.findElement(By.cssSelector(".modal-footer .btn-primary")).click();
            List<String> errors = errors(browser);
            Chromium.screenshot(browser, "webapps-form-1-required-vi");
            assertThat(errors).contains("Thông tin này là bắt buộc.");
            assertThat(String.join("\n", errors)).doesNotContain("Field");

            // a wrong ID number (12 digits expected) gets the pattern message, and the required one goes
            String idField = browser.findElement(By.xpath("//label[contains(., 'Số định danh cá nhân')]"))
                    .getAttribute("for");
            WebElement idNumber = browser.findElement(By.id(idField));
            idNumber.sendKeys("123", Keys.TAB);
            wait(browser).until(driver -> String.join("\n", errors(driver)).contains("Giá trị không đúng định dạng"));
            assertThat(String.join("\n", errors(browser))).doesNotContain("Field must");
            Chromium.screenshot(browser, "webapps-form-2-pattern-vi");
            assertThat(browser.findElement(By.cssSelector(".modal")).getText()).doesNotContain("Field ");
        } finally {
            browser.quit();
        }
    }

    private static List<String> errors(WebDriver browser) {
        return wait(browser).until(driver -> {
            List<String> texts = driver.findElements(By.cssSelector(".fjs-form-field-error li")).stream()
                    .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
            return texts.isEmpty() ? null : texts;
        });
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
