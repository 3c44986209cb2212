package vn.motcua.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.IntegrationTest;
import vn.motcua.organization.OrganizationService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator of Sở Tư pháp manages their department's accounts in Chromium: from the administration home to
 * the unit tree (their department only, searchable, a duplicate code refused in Vietnamese), then imports a file of 40
 * officers through the officers page, reads the per-row report, and finds the officers listed with the import in the
 * latest changes; the administrator of Sở Nông nghiệp và Môi trường sees none of them. Screenshots go to
 * target/browser-screenshots/organization-administration-*.png.
 */
@IntegrationTest
class OrganizationAdministrationBrowserIT {

    private static final String PASSWORD = "test-password";
    private static final int OFFICERS = 40;

    @LocalServerPort
    int port;

    @Autowired
    OrganizationService organization;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void a_department_administrator_imports_forty_officers_that_another_departments_administrator_does_not_see()
            throws Exception {
        WebDriver tuphap = signedIn("quantri.tuphap");
        open(tuphap, "/quan-tri");
        waitForText(tuphap, "Đơn vị và tài khoản");
        assertThat(tuphap.findElement(By.id("admin-scope")).getText()).isEqualTo("Sở Tư pháp");
        tuphap.findElement(By.id("tile-units")).click();

        waitForText(tuphap, "Cây đơn vị");
        List<String> codes = tuphap.findElements(By.cssSelector("#unit-tree li")).stream()
                .map(row -> row.getAttribute("data-code")).toList();
        assertThat(codes).startsWith("000.00.10.H99").doesNotContain("000.01.00.H99", "000.00.11.H99");
        tuphap.findElement(By.id("unit-search")).sendKeys("không có đơn vị này");
        waitUntil(tuphap, driver -> driver.findElement(By.id("unit-search-empty")).isDisplayed());

        tuphap.findElement(By.id("new-code")).sendKeys("000.00.10.H99");
        tuphap.findElement(By.id("new-name")).sendKeys("Trùng mã với Sở");
        tuphap.findElement(By.cssSelector("#create-form button[type=submit]")).click();
        waitUntil(tuphap, driver -> driver.findElement(By.id("message")).getText().contains("Đã có đơn vị mã 000.00.10.H99"));
        Chromium.screenshot(tuphap, "organization-administration-01-duplicate-unit");

        String office = "000.00.10.B" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        tuphap.findElement(By.id("new-code")).clear();
        tuphap.findElement(By.id("new-code")).sendKeys(office);
        tuphap.findElement(By.id("new-name")).clear();
        tuphap.findElement(By.id("new-name")).sendKeys("Phòng Bổ trợ tư pháp");
        new Select(tuphap.findElement(By.id("new-kind"))).selectByVisibleText("Trung tâm phục vụ hành chính công");
        tuphap.findElement(By.cssSelector("#create-form button[type=submit]")).click();
        waitUntil(tuphap, driver -> driver.findElement(By.id("message")).getText().contains("Đã tạo đơn vị " + office));
        assertThat(tuphap.findElement(By.cssSelector("#unit-tree li[data-code='" + office + "']")).getText())
                .contains("Phòng Bổ trợ tư pháp").contains("Trung tâm phục vụ hành chính công");
        assertThat(organization.unit(office).orElseThrow().parentCode()).isEqualTo("000.00.10.H99");

        String batch = "tp" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        Path file = officersFile(batch);
        open(tuphap, "/quan-tri/can-bo");
        waitForText(tuphap, "Nhập từ tệp CSV hoặc XLSX");
        new Select(tuphap.findElement(By.id("import-kind"))).selectByValue("officers");
        tuphap.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        tuphap.findElement(By.id("import-submit")).click();
        waitUntil(tuphap, driver -> driver.findElements(By.id("import-summary")).stream()
                .anyMatch(WebElement::isDisplayed));
        String report = tuphap.findElement(By.id("import-report")).getText();
        assertThat(report).contains(OFFICERS + " dòng, " + OFFICERS + " hợp lệ, 0 không hợp lệ").contains("Đã ghi.")
                .contains("Tạo mới (" + OFFICERS + ")").contains(batch + ".01");
        Chromium.screenshot(tuphap, "organization-administration-02-import-report");
        assertThat(organization.officer(batch + ".40").orElseThrow().unitCode()).isEqualTo("000.00.10.H99");

        open(tuphap, "/quan-tri/can-bo?q=" + batch);
        waitForText(tuphap, OFFICERS + " cán bộ");
        assertThat(usernamesListed(tuphap)).hasSize(OFFICERS).allMatch(username -> username.startsWith(batch + "."));
        assertThat(tuphap.findElement(By.id("latest-changes")).getText()).contains("Nhập tệp").contains("quantri.tuphap");
        Chromium.screenshot(tuphap, "organization-administration-03-officers-listed");

        WebDriver nnmt = signedIn("quantri.nnmt");
        open(nnmt, "/quan-tri/can-bo");
        waitForText(nnmt, "Cán bộ trong phạm vi");
        assertThat(nnmt.findElement(By.id("admin-scope")).getText()).isEqualTo("Sở Nông nghiệp và Môi trường");
        assertThat(usernamesListed(nnmt)).contains("lanhdao.nnmt").noneMatch(username -> username.startsWith(batch));
        assertThat(nnmt.findElement(By.tagName("body")).getText()).doesNotContain(batch);
        assertThat(nnmt.findElements(By.id("latest-changes")).stream().map(WebElement::getText))
                .noneMatch(changes -> changes.contains("quantri.tuphap"));
        Chromium.screenshot(nnmt, "organization-administration-04-other-department");
    }

    private static Path officersFile(String batch) throws Exception {
        StringBuilder csv = new StringBuilder("Tên đăng nhập;Họ và tên;Email;Mã đơn vị;Vai trò;Trạng thái\n");
        for (int i = 1; i <= OFFICERS; i++) {
            csv.append("%s.%02d;Cán Bộ Tư Pháp Số %d;%s.%02d@tuphap.example.vn;000.00.10.H99;%s;Đang công tác\n"
                    .formatted(batch, i, i, batch, i, i % 5 == 0 ? "Lãnh đạo" : "Chuyên viên"));
        }
        Path file = Files.createTempFile("can-bo-tu-phap-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private WebDriver signedIn(String username) {
        WebDriver browser = Chromium.start();
        browsers.add(browser);
        Chromium.signIn(browser, port, username, PASSWORD);
        return browser;
    }

    private void open(WebDriver browser, String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static List<String> usernamesListed(WebDriver browser) {
        return browser.findElements(By.cssSelector("#officer-list tbody tr")).stream()
                .map(row -> row.getAttribute("data-username")).toList();
    }

    private static void waitForText(WebDriver browser, String text) {
        waitUntil(browser, driver -> driver.findElement(By.tagName("body")).getText().contains(text));
    }

    private static void waitUntil(WebDriver browser, ExpectedCondition<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> Chromium.whatItShows(browser))
                .until(condition);
    }
}
