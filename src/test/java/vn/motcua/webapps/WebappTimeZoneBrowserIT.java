package vn.motcua.webapps;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.IntegrationTest;
import vn.motcua.browser.Chromium;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * An officer whose machine is set to New York time still reads Vietnam's time in the webapps: a step due
 * at 03:45 UTC on 15 January 2030 is due "15/01/2030 10:45" (New York would say 14/01/2030 22:45).
 */
@IntegrationTest
class WebappTimeZoneBrowserIT {

    private static final Instant DUE = Instant.parse("2030-01-15T03:45:00Z");
    private static final Instant FOLLOW_UP = Instant.parse("2030-01-16T20:15:00Z");

    @Autowired
    TestRestTemplate http;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @LocalServerPort
    int port;

    @Test
    void tasklist_shows_a_due_date_in_vietnam_time_to_a_browser_in_new_york() throws Exception {
        JsonNode dossier = http.withBasicAuth("tiepnhan.tandinh", "test-password").postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", idNumber())), JsonNode.class).getBody();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(dossier.get("id").asText()).singleResult();
        task.setDueDate(Date.from(DUE));
        task.setFollowUpDate(Date.from(FOLLOW_UP));
        tasks.saveTask(task);
        String officer = candidateOf(task);

        WebDriver browser = Chromium.start("vi", "America/New_York");
        try {
            assertThat(script(browser, "return Intl.DateTimeFormat().resolvedOptions().timeZone"))
                    .as("the browser really runs on New York time").isEqualTo("America/New_York");
            logIn(browser, officer);

            browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
            String due = tooltip(browser, "task.due");
            assertThat(due).contains("15/01/2030 10:45").doesNotContain("22:45");
            assertThat(tooltip(browser, "task.followUp")).contains("17/01/2030 03:15").doesNotContain("15:15");
            assertThat(browser.findElement(By.id("footer-timezone")).getText()).contains("Asia/Ho_Chi_Minh")
                    .doesNotContain("New_York");
            new Actions(browser)
                    .moveToElement(browser.findElement(By.cssSelector("[am-time-ago='task.due']"))).perform();
            Chromium.screenshot(browser, "webapps-time-1-tasklist-due-new-york");
            // angular's own date filter (Tasklist's history) is set to +07:00 as well
            assertThat(script(browser, "return angular.element(document.body).injector().get('$filter')('date')"
                    + "(arguments[0], 'dd/MM/yyyy HH:mm')", DUE.toEpochMilli())).isEqualTo("15/01/2030 10:45");
        } finally {
            browser.quit();
        }
    }

    @Test
    void cockpit_admin_and_the_welcome_page_format_dates_in_vietnam_time_too() {
        WebDriver browser = Chromium.start("vi", "America/New_York");
        try {
            logIn(browser, "quantri");
            // each app with its own format: Cockpit and the welcome page keep Camunda's built-in ones
            Map<String, String> expected = Map.of("cockpit", "2030-01-15T10:45:00", "admin", "15/01/2030 10:45",
                    "welcome", "January 15, 2030 10:45 AM");
            for (String app : List.of("cockpit", "admin", "welcome")) {
                browser.get(url("/camunda/app/" + app + "/default/"));
                new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> app + " did not start: "
                                + Chromium.whatItShows(browser))
                        .until(driver -> Boolean.TRUE.equals(script(driver,
                        "return !!(window.angular && angular.element(document.body).injector())")));
                // the REST API's own way of writing 03:45 UTC; New York would say 14 January, 22:45
                assertThat(script(browser, "return angular.element(document.body).injector().get('$filter')"
                        + "('camDate')('2030-01-15T03:45:00.000+0000')")).as(app).isEqualTo(expected.get(app));
            }
        } finally {
            browser.quit();
        }
    }

    private String candidateOf(Task task) {
        String group = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElseThrow();
        return identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().get(0).getId();
    }

    private static String tooltip(WebDriver browser, String property) {
        By element = By.cssSelector(".task-details [am-time-ago='" + property + "'], [am-time-ago='" + property + "']");
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            String text = driver.findElement(element).getAttribute("uib-tooltip");
            return text == null || text.contains("{{") || text.isBlank() ? null : text;
        });
    }

    private static Object script(WebDriver browser, String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void logIn(WebDriver browser, String username) {
        Chromium.signIn(browser, port, username, "test-password");
    }

    private static String idNumber() {
        return "0792" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
