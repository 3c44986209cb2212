package vn.motcua.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.IntegrationTest;
import vn.motcua.notification.NotificationTemplate;
import vn.motcua.notification.NotificationTexts;
import vn.motcua.sla.calendar.CalendarAdministration;
import vn.motcua.sla.calendar.CalendarEntry;
import vn.motcua.sla.calendar.DayKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provincial administrator enters a year's holidays with their notice in the calendar page — the page
 * refuses a day without its notice and a make-up day on a Monday — previews and saves them; then changes the
 * SMS text of overdue steps with its preview. 2038 stands for "next year": the year no other test stores.
 */
@IntegrationTest
class CalendarSettingsBrowserIT {

    private static final String NOTICE_ISSUER = "Bộ Lao động - Thương binh và Xã hội";

    @LocalServerPort
    int port;

    @Autowired
    CalendarAdministration calendar;

    @Autowired
    NotificationTexts texts;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Chromium.screenshot(browser, "calendar-settings-last");
            browser.quit();
        }
        texts.change(NotificationTemplate.ESCALATION_BODY, NotificationTemplate.ESCALATION_BODY.defaultText(), "test", null);
    }

    @Test
    void quantri_enters_the_2038_holidays_with_their_notice_previews_and_saves_them_then_changes_the_overdue_sms() {
        browser = Chromium.start();
        Chromium.signIn(browser, port, "quantri", "test-password");
        browser.get("http://localhost:" + port + "/quan-tri/lich?nam=2038");
        waitForText("Năm 2038 chưa có lịch chính thức");

        // a day without its whole notice, then a make-up day on a Monday, are refused at once
        type("notice-number", "2500/TB-BLĐTBXH");
        setDate("notice-date", "2037-11-15");
        addDay("2038-01-01", "HOLIDAY", "Tết Dương lịch");
        waitForError("Thiếu văn bản quyết định");
        type("notice-issuer", NOTICE_ISSUER);
        addDay("2038-01-04", "MAKEUP_WORKING_DAY", "Làm bù");
        waitForError("Ngày làm bù 04/01/2038 không phải thứ Bảy hoặc Chủ nhật.");

        addDay("2038-01-01", "HOLIDAY", "Tết Dương lịch");
        addDay("2038-01-09", "MAKEUP_WORKING_DAY", "Làm bù cho thứ Hai 04/01/2038");
        addDay("2038-01-01", "HOLIDAY", "Tết Dương lịch lần hai");
        waitForError("Ngày 01/01/2038 đã có trong danh sách.");
        waitForText("Thứ Bảy");

        browser.findElement(By.id("preview-button")).click();
        WebElement preview = wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
        assertThat(preview.getText()).contains(
                "Thêm: 01/01/2038 — Tết Dương lịch (Ngày nghỉ lễ, Tết; Thông báo số 2500/TB-BLĐTBXH ngày 15/11/2037 của "
                        + NOTICE_ISSUER + ")",
                "Thêm: 09/01/2038 — Làm bù cho thứ Hai 04/01/2038 (Ngày làm bù;",
                "hồ sơ đang giải quyết sẽ được tính lại hạn giải quyết");
        assertThat(calendar.year(2038)).as("nothing saved before the administrator saves").isEmpty();

        browser.findElement(By.id("save-button")).click();
        wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("latest-changes")).getText()).contains("quantri", "Lịch năm 2038: thêm 2 ngày");
        assertThat(calendar.year(2038).orElseThrow().year().entries()).extracting(CalendarEntry::kind)
                .containsExactly(DayKind.HOLIDAY, DayKind.MAKEUP_WORKING_DAY);

        // the SMS about an overdue step: an unknown placeholder is refused, a good text previewed and saved
        browser.get("http://localhost:" + port + "/quan-tri/thiet-lap");
        WebElement sms = browser.findElement(By.cssSelector("article[data-template=ESCALATION_BODY]"));
        WebElement text = sms.findElement(By.cssSelector("textarea"));
        text.clear();
        text.sendKeys("Hồ sơ {maHoSo} quá hạn bước {tenBuoc} tại {donVi}.");
        sms.findElement(By.cssSelector(".template-preview-button")).click();
        wait(30).until(driver -> sms.findElement(By.cssSelector(".template-error")).getText()
                .contains("Biến {donVi} không có trong mẫu này"));

        text.clear();
        text.sendKeys("Hồ sơ {maHoSo} quá hạn bước {tenBuoc} ({soGioQua} giờ làm việc).");
        sms.findElement(By.cssSelector(".template-preview-button")).click();
        wait(30).until(driver -> sms.findElement(By.cssSelector(".template-preview")).getText()
                .equals("Hồ sơ 000.00.31.H29-261207-0012 quá hạn bước Thẩm định hồ sơ (3,5 giờ làm việc)."));
        assertThat(sms.findElement(By.cssSelector(".template-error")).isDisplayed()).isFalse();

        sms.findElement(By.cssSelector(".template-save")).click();
        wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("latest-changes")).getText()).contains("quantri",
                "→ \"Hồ sơ {maHoSo} quá hạn bước {tenBuoc} ({soGioQua} giờ làm việc).\"");
        assertThat(texts.text(NotificationTemplate.ESCALATION_BODY))
                .isEqualTo("Hồ sơ {maHoSo} quá hạn bước {tenBuoc} ({soGioQua} giờ làm việc).");
        // the refused placeholder's 400 is the only error the console saw: no script failed
        assertThat(Chromium.consoleErrors(browser)).allMatch(error -> error.contains("/api/notification-texts/")
                && error.contains("status of 400"));
    }

    private void addDay(String date, String kind, String name) {
        setDate("day-date", date);
        new Select(browser.findElement(By.id("day-kind"))).selectByValue(kind);
        type("day-name", name);
        browser.findElement(By.id("day-add")).click();
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** A date input's value as the browser's date picker would set it (typing depends on the browser's locale). */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), isoDate);
    }

    private void waitForError(String message) {
        wait(10).until(driver -> {
            WebElement error = driver.findElement(By.id("calendar-error"));
            return error.isDisplayed() && error.getText().contains(message);
        });
    }

    private void waitForText(String text) {
        wait(30).until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
    }

    private WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.withMessage(() -> Chromium.whatItShows(browser));
        return wait;
    }
}
