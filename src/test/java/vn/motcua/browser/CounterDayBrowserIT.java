package vn.motcua.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole counter day for one dossier of a commune-level procedure, played in Chromium as the officers
 * play it: the ward's counter receives a house construction permit from the Tasklist start form, prints
 * the receipt slip from today's list and collects the permit fee in cash; the ward's specialist (the
 * commune level issues house permits since 1 July 2025) finds it in their filter and asks for a
 * supplement; the counter notifies the applicant and records the supplement; the specialist and the
 * leader complete their steps; the counter returns the result; the public lookup shows status 10.
 * After every step an officer of another commune looks through all their filters and must not see the
 * dossier, and every Tasklist screen visited must be free of English interface text. Screenshots of
 * each step go to target/browser-screenshots/counter-day-*.png.
 */
@IntegrationTest
class CounterDayBrowserIT {

    private static final String PASSWORD = "test-password";
    private static final String PROCEDURE = "Cấp giấy phép xây dựng nhà ở riêng lẻ";
    private static final String APPRAISE = "Thẩm định hồ sơ, kiểm tra thực địa";

    @LocalServerPort
    int port;

    @Autowired
    HistoryService history;

    @Autowired
    RepositoryService repository;

    private final List<Tasklist> open = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        for (Tasklist tasklist : open) {
            tasklist.screenshot("counter-day-last-" + tasklist.officer()); // what each officer saw at the end
            tasklist.close();
        }
    }

    @Test
    void a_construction_permit_goes_from_the_commune_counter_through_the_ward_and_back_to_the_citizen() throws Exception {
        CrowdedCatalog.deploy(repository); // the procedure is found by search, as in a province's catalog
        String applicantName = "Lê Văn Xây " + ThreadLocalRandom.current().nextInt(100, 999);
        String applicantId = "0792" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);

        Tasklist counter = officer("tiepnhan.tandinh");
        Tasklist otherCommune = officer("tiepnhan.tanan");
        counter.assertNoEnglish("Tasklist start page");
        assertThat(counter.text()).as("standalone tasks are off: no create-task button").doesNotContain("Tạo công việc");
        counter.screenshot("counter-day-01-counter-tasklist");

        // 1. The commune's counter receives the dossier from the start form.
        counter.startProcess(PROCEDURE);
        counter.assertNoEnglish("start form");
        counter.select("receivingUnit", "phường Tân Định");
        counter.type("applicantName", applicantName);
        counter.type("applicantId", applicantId);
        counter.type("applicantPhone", "0912345678");
        counter.type("applicantAddress", "12 Hai Bà Trưng, phường Tân Định");
        counter.type("constructionAddress", "12 Hai Bà Trưng, phường Tân Định");
        counter.type("landParcel", "Thửa đất số 12, tờ bản đồ số 3");
        counter.type("landCertificateNumber", "CS 01234");
        counter.type("floorCount", "3");
        counter.type("totalFloorArea", "180");
        counter.tick("docDonDeNghi");
        counter.tick("docQuyenSuDungDat");
        counter.tick("docBanVe");
        counter.choose("completeness", "Hồ sơ đầy đủ");
        counter.screenshot("counter-day-02-start-form");
        counter.submitStart();
        counter.assertNoEnglish("after the start");
        String dossierCode = variable(applicantId, "dossierCode");
        assertThat(dossierCode).startsWith("000.01.01.H99-");

        // ... and prints the receipt slip (form 1) from today's list of received dossiers.
        counter.visit("/ho-so");
        counter.waitForText(dossierCode);
        assertThat(counter.text()).contains(applicantName, PROCEDURE);
        counter.browser().findElement(By.linkText(dossierCode)).click();
        counter.waitForText("Giấy tờ đã nộp");
        counter.screenshot("counter-day-03-dossier-page");
        keepPdf(counter, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu 01)", "counter-day-03-receipt-slip.pdf");
        notVisibleToAnotherCommune(otherCommune, dossierCode, applicantName, "after reception");

        // ... and collects the permit fee in cash: the dossier waits for it (status 6) before handling.
        counter.home();
        counter.openFilter("Việc tại bộ phận một cửa");
        counter.openTask(dossierCode, "Thu phí, lệ phí tại quầy");
        counter.claim();
        counter.assertNoEnglish("fee collection form");
        counter.screenshot("counter-day-03b-counter-collects-fee");
        counter.complete();
        notVisibleToAnotherCommune(otherCommune, dossierCode, applicantName, "after the fee");

        // 2. The ward's specialist finds it in their filter and asks for a supplement.
        Tasklist specialist = officer("hotich.tandinh");
        specialist.openFilter("Hồ sơ đang xử lý của đơn vị");
        assertThat(specialist.listShows(dossierCode)).as("the dossier in the ward's filter").isTrue();
        assertThat(specialist.sortOrder()).as("soonest due first").isEqualTo("Hạn xử lý");
        assertThat(specialist.text()).contains(dossierCode, applicantName, PROCEDURE);
        specialist.assertNoEnglish("specialist's filter");
        specialist.openTask(dossierCode, APPRAISE);
        specialist.claim();
        specialist.assertNoEnglish("appraisal form");
        specialist.choose("appraisalOutcome", "Yêu cầu bổ sung hồ sơ");
        specialist.type("supplementReason", "Bổ sung bản vẽ mặt cắt công trình, tỷ lệ 1/100.");
        specialist.type("stepNote", "Thiếu bản vẽ mặt cắt.");
        specialist.screenshot("counter-day-04-specialist-asks-supplement");
        specialist.complete();
        notVisibleToAnotherCommune(otherCommune, dossierCode, applicantName, "after the supplement request");

        // 3. The counter notifies the applicant and records the supplement.
        counter.home();
        counter.openFilter("Việc tại bộ phận một cửa");
        counter.openTask(dossierCode, "Thông báo công dân bổ sung hồ sơ");
        counter.claim();
        assertThat(counter.value("supplementReason")).as("what the specialist asked for")
                .isEqualTo("Bổ sung bản vẽ mặt cắt công trình, tỷ lệ 1/100.");
        assertThat(counter.text()).as("the previous step's note").contains("Ý kiến của bước trước",
                "Thẩm định hồ sơ, kiểm tra thực địa", "Trần Văn Minh", "Thiếu bản vẽ mặt cắt.");
        keepPdf(counter, "In Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)", "counter-day-05-supplement-request.pdf");
        counter.select("notifyMethod", "Điện thoại");
        counter.assertNoEnglish("supplement notice form");
        counter.screenshot("counter-day-05-counter-notifies");
        counter.complete();
        counter.openTask(dossierCode, "Tiếp nhận hồ sơ bổ sung");
        counter.claim();
        counter.type("supplementNote", "Đã nhận 02 bản vẽ mặt cắt.");
        counter.screenshot("counter-day-06-counter-records-supplement");
        counter.complete();
        notVisibleToAnotherCommune(otherCommune, dossierCode, applicantName, "after the supplement");

        // 4. The specialist appraises again; the leader signs.
        specialist.home();
        specialist.openFilter("Hồ sơ đang xử lý của đơn vị");
        specialist.openTask(dossierCode, APPRAISE);
        specialist.claim();
        specialist.choose("appraisalOutcome", "Đủ điều kiện");
        specialist.date("siteVisitDate", "11/20/2026");
        specialist.type("siteVisitNote", "Hiện trạng phù hợp, không lấn chiếm.");
        specialist.type("stepNote", "Đủ điều kiện cấp phép.");
        specialist.screenshot("counter-day-07-specialist-approves");
        specialist.complete();

        Tasklist leader = officer("lanhdao.tandinh");
        leader.openFilter("Hồ sơ chờ lãnh đạo duyệt");
        leader.assertNoEnglish("leader's filter");
        leader.openTask(dossierCode, "Phê duyệt, ký giấy phép xây dựng");
        leader.claim();
        assertThat(leader.text()).as("the specialist's opinion").contains("Đủ điều kiện cấp phép.");
        leader.choose("leaderDecision", "Ký Giấy phép xây dựng");
        leader.type("permitNumber", "123/GPXD");
        leader.screenshot("counter-day-08-leader-signs");
        leader.complete();
        notVisibleToAnotherCommune(otherCommune, dossierCode, applicantName, "after signing");

        // 5. The counter returns the result.
        counter.home();
        counter.openFilter("Việc tại bộ phận một cửa");
        counter.openTask(dossierCode, "Trả kết quả cho công dân");
        counter.claim();
        counter.select("returnMethod", "Trả trực tiếp");
        counter.type("resultReceivedBy", applicantName);
        counter.assertNoEnglish("result return form");
        counter.screenshot("counter-day-09-counter-returns");
        counter.complete();
        notVisibleToAnotherCommune(otherCommune, dossierCode, applicantName, "after the return");

        // 6. The citizen's public lookup shows status 10.
        counter.visit("/tra-cuu");
        counter.browser().findElement(By.id("ma")).sendKeys(dossierCode);
        counter.browser().findElement(By.id("cccd")).sendKeys(applicantId);
        counter.browser().findElement(By.cssSelector("button[type=submit]")).click();
        counter.waitForText("Tình trạng");
        assertThat(counter.browser().findElement(By.cssSelector(".status")).getAttribute("data-status"))
                .as("status 10, result returned").isEqualTo("10");
        assertThat(counter.text()).contains("Đã trả kết quả");
        counter.screenshot("counter-day-10-public-lookup");
    }

    private Tasklist officer(String username) {
        Tasklist tasklist = Tasklist.open(port, username, PASSWORD);
        open.add(tasklist);
        return tasklist;
    }

    /** Goes through every filter of the other commune's officer, as they would look for work. */
    private static void notVisibleToAnotherCommune(Tasklist other, String dossierCode, String applicantName, String step) {
        other.home();
        for (String filter : List.of("Hồ sơ chờ tiếp nhận", "Việc tại bộ phận một cửa", "Sắp đến hạn", "Quá hạn")) {
            other.openFilter(filter);
            assertThat(other.text()).as("Tân An's filter '%s' %s", filter, step)
                    .doesNotContain(dossierCode).doesNotContain(applicantName);
        }
        other.assertNoEnglish("other commune's filters");
    }

    private String variable(String applicantId, String name) {
        String processInstanceId = history.createHistoricVariableInstanceQuery().variableName("applicantId")
                .variableValueEquals("applicantId", applicantId).list().stream()
                .map(HistoricVariableInstance::getProcessInstanceId).findFirst()
                .orElseThrow(() -> new AssertionError("no process for applicant " + applicantId));
        return (String) history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(name).singleResult().getValue();
    }

    /**
     * Follows the link of that text with the officer's browser session, as the browser's PDF viewer
     * would, and keeps the PDF among the test artifacts.
     */
    private static void keepPdf(Tasklist officer, String linkText, String fileName) throws Exception {
        String href = officer.browser().findElement(By.partialLinkText(linkText)).getDomProperty("href");
        Cookie session = officer.browser().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        assertThat(new String(response.body(), 0, 5)).as(href).isEqualTo("%PDF-");
        Files.write(Path.of("target", "browser-screenshots", fileName), response.body());
    }
}
