package vn.motcua.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.importing.CatalogUploads;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * The administrator of Sở Tư pháp configures one of the department's generated procedures in the pages, as at the
 * office: shortens the appraisal step and hands it to the receiving center, adds a required field to the reception
 * form, previews the diagram, form, diff and lint, deploys it effective today; the counter's next dossier shows the
 * new field in Tasklist's start form while a dossier received before keeps its process. The administrator of Sở
 * Nông nghiệp và Môi trường does not find the procedure. Screenshots: target/browser-screenshots/procedure-config-*.
 */
@IntegrationTest
class ProcedureConfigurationBrowserIT {

    private static final String PASSWORD = "test-password";
    private static final String APPRAISE = "Thẩm định hồ sơ";
    private static final String NEW_FIELD_KEY = "soGiayPhepCu";
    private static final String NEW_FIELD_LABEL = "Số giấy phép đã được cấp trước đây";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    Catalog catalog;

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    private WebDriver browser;
    private Tasklist counter;

    @AfterEach
    void closeBrowsers() {
        if (browser != null) {
            Chromium.screenshot(browser, "procedure-config-last");
            browser.quit();
        }
        if (counter != null) {
            counter.close();
        }
    }

    @Test
    void the_justice_department_administrator_shortens_a_step_adds_a_required_field_and_deploys_it_for_the_next_dossier()
            throws Exception {
        String code = "1.900411";
        String name = "Cấp bản sao giấy phép hành nghề (thử nghiệm cấu hình)";
        imported(code, name);
        String processKey = catalog.inForce(code, today()).map(Procedure::processKey).orElseThrow();
        String receivedBefore = receiveByApi(code);
        String definitionBefore = definitionOf(receivedBefore);

        signIn("quantri.tuphap");
        browser.get(url("/quan-tri/thu-tuc?q=" + code));
        WebElement row = waitFor(By.cssSelector("#procedures tr[data-code='" + code + "']"));
        assertThat(row.getText()).contains(name, "Sở Tư pháp", "Sinh tự động từ bảng bước", "Cấp tỉnh");
        row.findElement(By.linkText(name)).click();

        WebElement appraisal = stepRow(APPRAISE);
        String stepIndex = appraisal.findElement(By.cssSelector("input[id$='-name']")).getDomAttribute("id")
                .replace("step-", "").replace("-name", "");
        Select unit = new Select(waitFor(By.id("step-" + stepIndex + "-unit")));
        WebElement days = waitFor(By.id("step-" + stepIndex + "-time"));
        int daysBefore = Integer.parseInt(days.getDomProperty("value"));
        assertThat(daysBefore).as("the appraisal's working days before").isGreaterThan(1);
        days.clear();
        days.sendKeys(String.valueOf(daysBefore - 1));
        unit.selectByVisibleText("Trung tâm tiếp nhận hồ sơ");

        click(By.id("add-field"));
        int field = browser.findElements(By.cssSelector("#field-table tr[data-field-key]")).size() - 1;
        waitFor(By.id("field-" + field + "-key")).sendKeys(NEW_FIELD_KEY);
        browser.findElement(By.id("field-" + field + "-label")).sendKeys(NEW_FIELD_LABEL);
        click(By.id("field-" + field + "-required"));
        browser.findElement(By.id("field-" + field + "-help")).sendKeys("Ghi như trên giấy phép cũ, nếu có.");
        Chromium.screenshot(browser, "procedure-config-01-edited");

        click(By.id("preview"));
        waitUntilText(By.id("lint"), "Kiểm tra quy tắc: đạt");
        wait(30).withMessage(() -> "the generated diagram: " + Chromium.whatItShows(browser)).until(driver ->
                driver.findElements(By.cssSelector("#preview-diagram svg text")).stream()
                        .anyMatch(text -> text.getText().replace('\n', ' ').contains(APPRAISE)));
        waitUntilText(By.id("preview-form"), NEW_FIELD_LABEL);
        String diff = browser.findElement(By.id("diff")).getText();
        assertThat(diff).as("the diff lists the changes").contains(APPRAISE, String.valueOf(daysBefore - 1),
                NEW_FIELD_LABEL);
        Chromium.screenshot(browser, "procedure-config-02-preview");

        assertThat(browser.findElement(By.id("effective-from")).getDomProperty("value")).isEqualTo(today().toString());
        browser.findElement(By.id("deploy-note")).sendKeys("Rút ngắn thời hạn thẩm định; thêm số giấy phép cũ.");
        int versionsBefore = catalog.versions(code).size();
        click(By.id("deploy"));
        waitUntilText(By.id("banner"), "Đã triển khai phiên bản " + (versionsBefore + 1));
        waitUntilText(By.id("versions"), "Rút ngắn thời hạn thẩm định; thêm số giấy phép cũ.");
        assertThat(browser.findElement(By.id("versions")).getText()).contains("quantri.tuphap");
        Chromium.screenshot(browser, "procedure-config-03-deployed");

        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        assertThat(latest.getId()).as("a new process version").isNotEqualTo(definitionBefore);
        assertThat(definitionOf(receivedBefore)).as("the dossier received before keeps its process")
                .isEqualTo(definitionBefore);

        // the counter's next dossier: the start form asks for the new field, and the dossier runs the new version
        counter = Tasklist.open(port, "tiepnhan.tanan", PASSWORD);
        counter.startProcess(name);
        counter.waitForText(NEW_FIELD_LABEL);
        String applicantId = "0792" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        counter.select("receivingUnit", "xã Tân An");
        counter.type("applicantName", "Lâm Thị Hạnh");
        counter.type("applicantId", applicantId);
        counter.type("applicantPhone", "0912345678");
        counter.type("applicantAddress", "25 Lê Lợi");
        counter.choose("completeness", "Hồ sơ đầy đủ");
        counter.tick("docGiayTo1");
        counter.type(NEW_FIELD_KEY, "GP-2019-0042");
        counter.screenshot("procedure-config-04-counter-start-form");
        counter.submitStart();
        HistoricVariableInstance declared = history.createHistoricVariableInstanceQuery().variableName(NEW_FIELD_KEY)
                .variableValueEquals(NEW_FIELD_KEY, "GP-2019-0042").singleResult();
        assertThat(declared).as("the new field's value on the new dossier").isNotNull();
        HistoricProcessInstance next = history.createHistoricProcessInstanceQuery()
                .processInstanceId(declared.getProcessInstanceId()).singleResult();
        assertThat(next.getProcessDefinitionId()).as("the next dossier follows the new version").isEqualTo(latest.getId());

        // and goes back to the previous configuration: a new version, the appraisal's days as before
        browser.navigate().refresh();
        stepRow(APPRAISE);
        click(By.id("rollback"));
        click(By.id("rollback-yes"));
        waitUntilText(By.id("banner"), "Đã quay lại phiên bản trước (nay là phiên bản " + (versionsBefore + 2) + ")");
        waitFor(By.cssSelector("#versions tr[data-version='" + (versionsBefore + 2) + "']"));
        assertThat(waitFor(By.id("step-" + stepIndex + "-time")).getDomProperty("value"))
                .isEqualTo(String.valueOf(daysBefore));
        assertThat(browser.findElements(By.id("field-0-key"))).as("the added field is gone").isEmpty();
        Chromium.screenshot(browser, "procedure-config-05-rolled-back");

        // the administrator of another department neither finds nor opens it
        browser.quit();
        signIn("quantri.nnmt");
        browser.get(url("/quan-tri/thu-tuc?q=" + code));
        waitUntilText(By.id("banner"), "Không có thủ tục nào khớp");
        browser.get(url("/quan-tri/thu-tuc/" + code));
        waitUntilText(By.id("banner"), "Không có thủ tục mã " + code + " trong phạm vi quản trị của bạn.");
        assertThat(browser.findElement(By.id("editor")).isDisplayed()).isFalse();
    }

    @Test
    void a_step_without_role_a_platform_field_key_and_days_beyond_the_limit_are_explained_where_they_are_and_deploy_nothing() throws Exception {
        String code = "1.900412";
        imported(code, "Xác nhận thông tin hộ tịch lưu trữ (thử nghiệm cấu hình)");
        int versionsBefore = catalog.versions(code).size();

        signIn("quantri.tuphap");
        browser.get(url("/quan-tri/thu-tuc/" + code));
        stepRow(APPRAISE);
        click(By.id("add-step"));
        int added = browser.findElements(By.cssSelector("#step-table tr[data-step]")).size() - 1;
        waitFor(By.id("step-" + added + "-name")).sendKeys("Kiểm tra lại hồ sơ");
        browser.findElement(By.id("step-" + added + "-time")).sendKeys("1");
        click(By.id("add-field"));
        waitFor(By.id("field-0-key")).sendKeys("applicantName");
        browser.findElement(By.id("field-0-label")).sendKeys("Họ tên người nộp (trùng)");
        click(By.id("preview"));

        WebElement errors = waitFor(By.id("step-" + added + "-errors"));
        wait(30).until(driver -> errors.getText().contains("chưa có vai trò xử lý"));
        assertThat(browser.findElement(By.id("step-" + added + "-role")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("field-0-errors")).getText()).as("a key the platform owns")
                .contains("Mã trường \"applicantName\" trùng với biến của hệ thống");
        assertThat(browser.findElement(By.id("field-0-key")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("[data-errors-for='steps']")).getText()).as("beyond the legal limit")
                .contains("vượt thời hạn giải quyết của thủ tục (10 ngày làm việc)");
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains("Cấu hình chưa hợp lệ, chưa triển khai gì", "Bước " + (added + 1) + ":");
        assertThat(browser.findElement(By.id("preview-section")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("deploy")).isEnabled()).as("nothing to deploy").isFalse();
        Chromium.screenshot(browser, "procedure-config-07-step-without-role");
        assertThat(catalog.versions(code)).as("no version written").hasSize(versionsBefore);
    }

    @Test
    void the_province_hands_one_communes_dossiers_to_another_ward_in_the_commune_table() throws Exception {
        String code = "1.900413";
        imported(code, "Xác nhận định tuyến theo xã (thử nghiệm cấu hình)", "Cấp xã", "Ủy ban nhân dân cấp xã");

        signIn("quantri");
        browser.get(url("/quan-tri/thu-tuc/" + code));
        stepRow(APPRAISE);
        click(By.id("add-commune-route"));
        new Select(waitFor(By.id("commune-route-0-commune"))).selectByVisibleText("Ủy ban nhân dân xã Tân An");
        new Select(waitFor(By.id("commune-route-0-unit"))).selectByVisibleText("Ủy ban nhân dân phường Tân Định");
        click(By.id("preview"));
        waitUntilText(By.id("lint"), "Kiểm tra quy tắc: đạt");
        assertThat(browser.findElement(By.id("diff")).getText()).contains(
                "Đơn vị giải quyết hồ sơ tiếp nhận tại Ủy ban nhân dân xã Tân An", "Ủy ban nhân dân phường Tân Định");
        Chromium.screenshot(browser, "procedure-config-08-commune-routing");

        click(By.id("add-commune-route"));
        new Select(waitFor(By.id("commune-route-1-commune"))).selectByVisibleText("Ủy ban nhân dân xã Tân An");
        new Select(waitFor(By.id("commune-route-1-unit"))).selectByVisibleText("Ủy ban nhân dân phường Kinh Bắc");
        click(By.id("preview"));
        waitUntilText(By.id("commune-route-1-errors"), "Ủy ban nhân dân xã Tân An được khai báo hai lần");
        assertThat(browser.findElement(By.id("commune-route-1-commune")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("deploy")).isEnabled()).as("nothing to deploy").isFalse();

        imported("1.900412", "Xác nhận thông tin hộ tịch lưu trữ (thử nghiệm cấu hình)");
        browser.get(url("/quan-tri/thu-tuc/1.900412"));
        stepRow(APPRAISE);
        assertThat(browser.findElement(By.id("commune-routing-section")).isDisplayed())
                .as("a department's procedure is not routed by commune").isFalse();
    }

    @Test
    void a_hand_drawn_procedure_shows_its_diagram_read_only_with_the_bpmn_to_open_in_modeler() {
        String code = "2.000488";
        signIn("quantri.tuphap");
        browser.get(url("/quan-tri/thu-tuc?q=" + code));
        WebElement row = waitFor(By.cssSelector("#procedures tr[data-code='" + code + "']"));
        assertThat(row.getText()).contains("Vẽ tay (Camunda Modeler)");
        Chromium.screenshot(browser, "procedure-config-00-list");
        row.findElement(By.tagName("a")).click();

        WebElement download = waitFor(By.linkText("Tải BPMN để mở bằng Camunda Modeler"));
        assertThat(download.getDomAttribute("href")).endsWith("/api/administration/procedures/" + code + "/bpmn");
        wait(30).withMessage(() -> "the hand-drawn diagram: " + Chromium.whatItShows(browser)).until(driver ->
                !driver.findElements(By.cssSelector("#hand-drawn-diagram svg .djs-element")).isEmpty());
        assertThat(browser.findElement(By.id("editor")).isDisplayed()).as("no edit controls").isFalse();
        assertThat(browser.findElements(By.id("preview"))).allMatch(button -> !button.isDisplayed());
        assertThat(browser.findElement(By.id("rollback-area")).isDisplayed()).isFalse();
        Chromium.screenshot(browser, "procedure-config-06-hand-drawn");
    }

    /** A Sở Tư pháp procedure of the province, imported by the designer; it runs its generated process. */
    private void imported(String code, String name) throws Exception {
        imported(code, name, "Cấp tỉnh", "Sở Tư pháp");
    }

    /** A procedure of the level and implementing agency, imported by the designer; it runs its generated process. */
    private void imported(String code, String name, String level, String agency) throws Exception {
        if (catalog.inForce(code, today()).isPresent()) {
            return;
        }
        String csv = """
                Mã thủ tục;Tên thủ tục;Cấp thực hiện;Lĩnh vực;Cơ quan thực hiện;Cơ quan phối hợp;Thời hạn giải quyết;\
                Thời hạn trường hợp phức tạp;Phí, lệ phí;Thành phần hồ sơ;Trường thông tin tờ khai;Quyết định công bố;\
                Mức độ DVC
                %s;%s;%s;Thử nghiệm cấu hình;%s;;10 ngày làm việc;;Miễn phí;\
                Đơn đề nghị | 1 | bản chính;;903/QĐ-UBND;Một phần
                """.formatted(code, name, level, agency);
        JsonNode report = CatalogUploads.imported(http.withBasicAuth("thietke", PASSWORD), "cau-hinh.csv", csv);
        assertThat(report.get("problems")).as(report.toString()).isEmpty();
        assertThat(report.get("written").asBoolean()).as(report.toString()).isTrue();
    }

    /** A dossier of the procedure received at the Tân An center through the API; its process instance id. */
    private String receiveByApi(String code) throws Exception {
        String applicantId = "0793" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        String body = """
                {"procedureCode": "%s", "channel": "COUNTER", "receivingUnit": "000.02.01.H99",
                 "applicant": {"name": "Trịnh Văn Lộc", "idNumber": "%s", "phone": "0901234567"},
                 "completeness": "received", "details": {}}""".formatted(code, applicantId);
        ResponseEntity<String> answer = http.withBasicAuth("tiepnhan.tanan", PASSWORD)
                .postForEntity("/api/dossiers", jsonEntity(body), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(200, 201);
        String dossierId = json.readTree(answer.getBody()).get("id").asText();
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(dossierId).list();
        assertThat(instances).as("the process of dossier " + dossierId).isNotEmpty();
        return instances.get(0).getId();
    }

    private String definitionOf(String processInstanceId) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getProcessDefinitionId();
    }

    private void signIn(String username) {
        browser = Chromium.start();
        Chromium.signIn(browser, port, username, PASSWORD);
    }

    /** The row of the step table whose name field holds the name, once the page has drawn the table. */
    private WebElement stepRow(String name) {
        return wait(30).withMessage(() -> "the step \"" + name + "\": " + Chromium.whatItShows(browser))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("#step-table tr[data-step]")).stream()
                        .filter(row -> name.equals(row.findElement(By.cssSelector("input[id$='-name']"))
                                .getDomProperty("value")))
                        .findFirst().orElse(null));
    }

    private WebElement waitFor(By by) {
        return wait(30).withMessage(() -> by + ": " + Chromium.whatItShows(browser))
                .until(driver -> driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private void waitUntilText(By by, String text) {
        wait(60).withMessage(() -> "\"" + text + "\" in " + by + ": " + Chromium.whatItShows(browser))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(by).stream().anyMatch(found -> found.getText().contains(text)));
    }

    private void click(By by) {
        WebElement element = waitFor(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait(30).until(driver -> element.isEnabled());
        element.click();
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingTimeCalculator.ZONE);
    }
}
