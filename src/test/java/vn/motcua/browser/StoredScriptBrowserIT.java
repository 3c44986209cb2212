package vn.motcua.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.IntegrationTest;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An officer whose display name is markup claims (or completes) a task first; a colleague of the same unit
 * clicks "Nhận việc" (or "Hoàn thành") in the Tasklist and reads the 409 with that name shown as text: no
 * script of the name runs. The Tasklist shows a failed completion's message as HTML.
 */
@IntegrationTest
class StoredScriptBrowserIT {

    private static final String PASSWORD = "test-password";
    private static final String SCRIPTED_NAME = "<img src=x onerror=alert(1)>";
    /** The name as the Tasklist shows it: angle brackets become ‹ › in our messages (TaskConflicts). */
    private static final String SHOWN_NAME = "‹img src=x onerror=alert(1)›";
    private static final String COLLEAGUE = "hotich.kinhbac";
    private static final String KINH_BAC_COMMUNE = "000.03.00.H99";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    private Tasklist colleague;

    @AfterEach
    void closeBrowser() {
        if (colleague != null) {
            colleague.screenshot("stored-script-last");
            colleague.close();
        }
    }

    @Test
    void a_colleague_sees_the_409_of_a_claim_with_a_scripted_name_as_text_and_no_script_runs() {
        String scripted = officerNamed(SCRIPTED_NAME);
        Task task = newAppraisalTask();
        colleague = openOnTasklist(task);

        // the other officer is first, while the colleague still sees the task unclaimed
        engine.getTaskService().claim(task.getId(), scripted);
        colleague.clickClaim();
        colleague.waitForText("nhận trước");

        assertThat(colleague.text()).as("the name as text in the notification")
                .contains("Công việc đã được " + SHOWN_NAME + " nhận trước.");
        assertNoScriptRan(task, "claim");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo(scripted);
    }

    @Test
    void a_colleague_sees_the_409_of_a_completion_with_a_scripted_name_as_text_and_no_script_runs() {
        String scripted = officerNamed(SCRIPTED_NAME);
        Task task = newAppraisalTask();
        colleague = openOnTasklist(task);
        colleague.claim();
        colleague.choose("appraisalOutcome", "Đủ điều kiện — ghi Sổ đăng ký khai sinh, trình ký");
        colleague.type("registrationNumber", "15/2026");
        colleague.type("stepNote", "Đủ điều kiện.");

        // the task goes to the other officer, who completes it while the colleague's form is still open
        engine.getTaskService().setAssignee(task.getId(), scripted);
        engine.getTaskService().complete(task.getId(), Map.of("appraisalOutcome", "approve",
                "registrationNumber", "14/2026", "stepNote", "Đủ điều kiện."));
        colleague.clickComplete();
        colleague.waitForText("hoàn thành bởi");

        assertThat(colleague.text()).as("the name as text in the notification")
                .contains("Công việc đã được hoàn thành bởi " + SHOWN_NAME + ".");
        assertNoScriptRan(task, "submit-form");
    }

    private Task newAppraisalTask() {
        String applicant = "Trịnh Văn Thử " + ThreadLocalRandom.current().nextInt(100, 999);
        var instance = engine.getRuntimeService().startProcessInstanceByKey("birth-registration", Map.of(
                "receivingUnit", "000.03.01.H99", "applicantName", applicant, "applicantId", "079201003333",
                "residenceCommune", "000.03.00.H99", "completeness", "received",
                "apologyAt", Instant.now().plus(Duration.ofDays(1)).toString()));
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private Tasklist openOnTasklist(Task task) {
        String dossierCode = (String) engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "dossierCode");
        Tasklist tasklist = Tasklist.open(port, COLLEAGUE, PASSWORD);
        tasklist.visit("/camunda/app/tasklist/default/#/?task=" + task.getId());
        tasklist.waitForText("Mã hồ sơ: " + dossierCode);
        tasklist.waitForText("Nhận việc");
        return tasklist;
    }

    /** No element came from the name, no alert is open and the console logged nothing but the refused request. */
    private void assertNoScriptRan(Task task, String action) {
        assertThat(((JavascriptExecutor) colleague.browser()).executeScript(
                "return document.querySelectorAll('img[onerror], img[src=\"x\"]').length")).as("no image from the name")
                .isEqualTo(0L);
        assertThatThrownBy(() -> colleague.browser().switchTo().alert()).as("no alert opened")
                .isInstanceOf(NoAlertPresentException.class);
        List<String> consoleErrors = colleague.browser().manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !(message.contains("/task/" + task.getId() + "/" + action) && message.contains("409")))
                .filter(message -> !message.contains("/favicon.ico"))
                .toList();
        assertThat(consoleErrors).as("console errors").isEmpty();
    }

    /** A specialist of the colleague's commune whose name, as the identity store has it, is the markup. */
    private String officerNamed(String name) {
        String username = "hotich.kinhbac" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        organization.saveOfficer(username, "Bùi Văn Thử", KINH_BAC_COMMUNE, List.of(Role.SPECIALIST), null, PASSWORD);
        IdentityService identity = engine.getIdentityService();
        User user = identity.createUserQuery().userId(username).singleResult();
        user.setFirstName(name);
        user.setLastName("");
        identity.saveUser(user);
        return username;
    }
}
