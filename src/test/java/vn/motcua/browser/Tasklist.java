package vn.motcua.browser;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One officer's Camunda Tasklist in Chromium, driven the way the officer works it: filters on the
 * left, task cards in the middle, the Camunda Form on the right. Form fields are found by their form
 * key ({@code -Field_<key>} ids of form-js), choices by their visible label.
 */
public final class Tasklist implements AutoCloseable {

    /**
     * English words of the Tasklist's own interface (and of form-js) that must never reach a
     * Vietnamese officer; matched as whole words, case-sensitive, against the visible text.
     */
    static final List<String> ENGLISH_UI = List.of("Start process", "Create task", "Claim", "Unclaim", "Complete",
            "Save", "Filters", "Created", "Due date", "Follow-up date", "Set follow-up date", "Set due date",
            "Add comment", "Form", "History", "Diagram", "Description", "Sort by", "Keyboard Shortcuts", "Select",
            "Field is required", "Search", "Add criteria", "Logout", "Back", "Close", "Loading", "ago", "Process",
            "Task", "Tasks", "Assignee", "Group", "Groups", "Add", "Cancel", "No task", "Not found", "Priority",
            "Times are shown in");

    private static final Pattern ENGLISH = Pattern.compile(ENGLISH_UI.stream().map(Pattern::quote)
            .reduce((a, b) -> a + "|" + b).map(words -> "\\b(" + words + ")\\b").orElseThrow());

    private final WebDriver browser;
    private final String baseUrl;
    private final String officer;
    /** Dossier code and name of the task last opened from the list, whose card leaves the list once completed. */
    private String[] openedCard;

    private Tasklist(WebDriver browser, String baseUrl, String officer) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        this.officer = officer;
    }

    /** Logs the officer in on the login page and opens the Tasklist. */
    public static Tasklist open(int port, String username, String password) {
        Tasklist tasklist = new Tasklist(Chromium.start("vi"), "http://localhost:" + port, username);
        Chromium.signIn(tasklist.browser, port, username, password);
        tasklist.home();
        return tasklist;
    }

    public String officer() {
        return officer;
    }

    public WebDriver browser() {
        return browser;
    }

    /** The Tasklist's start page, with the officer's filters. */
    public void home() {
        browser.get(baseUrl + "/camunda/app/tasklist/default/");
        waitForText("Bắt đầu quy trình");
    }

    /** Opens another page of the system in this officer's browser. */
    public void visit(String path) {
        browser.get(baseUrl + path);
    }

    public String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    public void waitForText(String text) {
        waiting().until(driver -> text().contains(text));
    }

    /** Fails naming the English interface words visible now, with the screen they appeared on. */
    public void assertNoEnglish(String screen) {
        Matcher matcher = ENGLISH.matcher(text());
        assertThat(matcher.find() ? matcher.group() : null)
                .as("English interface text on '%s' seen by %s", screen, officer).isNull();
    }

    public void screenshot(String name) {
        Chromium.screenshot(browser, name);
    }

    /** Clicks the filter of that name on the left and waits for its list to load. */
    public void openFilter(String name) {
        if (!activeFilter().startsWith(name)) {
            // the previous filter's list stays on screen until the new one has arrived
            markList();
        }
        clickVisible(".task-filter h4 a", name, false);
        waiting().until(driver -> activeFilter().startsWith(name));
        waitForNewList();
    }

    private String activeFilter() {
        return ((String) script("const active = document.querySelector('.task-filter.active h4');"
                + " return active ? active.innerText : ''")).trim();
    }

    /** The order of the task list as Tasklist names it ("Hạn xử lý" for the due date). */
    public String sortOrder() {
        return browser.findElement(By.cssSelector(".sort-by")).getText().trim();
    }

    /**
     * Whether the filter's task list holds a card mentioning the text, on any of its pages (Tasklist shows 15 tasks a
     * page: in a busy unit a new dossier due later than the others is on a later page). Leaves that page shown.
     */
    public boolean listShows(String text) {
        return showPageWith(text);
    }

    /** Shows the first page of the list with a card mentioning every text, from the page shown; false if none has. */
    private boolean showPageWith(String... texts) {
        while (!cardWith(texts)) {
            if (!nextPage()) {
                return false;
            }
        }
        return true;
    }

    private boolean cardWith(String... texts) {
        return (Boolean) script("return Array.from(document.querySelectorAll('.tasks-list li.task'))"
                + ".some(card => arguments[0].every(text => card.innerText.includes(text)));", List.of(texts));
    }

    /** Shows the next page of the task list and waits for it; false on the last page. */
    private boolean nextPage() {
        return turnPage(".pagination-next:not(.disabled) a");
    }

    private boolean turnPage(String link) {
        Object before = cardsShown();
        boolean clicked = (Boolean) script("const link = document.querySelector('[cam-tasks] ' + arguments[0]);"
                + " if (!link) return false; link.click(); return true;", link);
        if (clicked) {
            waiting().until(driver -> !before.equals(cardsShown()) && (Boolean) script(
                    "const loader = document.querySelector('[cam-tasks] > .loader');"
                            + " return !loader || loader.offsetParent === null;"));
        }
        return clicked;
    }

    private Object cardsShown() {
        return script("return Array.from(document.querySelectorAll('.tasks-list li.task')).map(card => card.innerText)"
                + ".join('|');");
    }

    /** Opens the task of that name whose card shows the dossier code, in the current filter. */
    public void openTask(String dossierCode, String taskName) {
        waiting().ignoring(ElementClickInterceptedException.class).until(driver -> {
            if (!showPageWith(dossierCode, taskName)) {
                // not (yet) on any page: look again from the first page on the next poll
                turnPage(".pagination-first:not(.disabled) a");
                return false;
            }
            WebElement link = (WebElement) script("""
                    const card = Array.from(document.querySelectorAll('.tasks-list li.task'))
                        .find(li => li.innerText.includes(arguments[0]) && li.innerText.includes(arguments[1]));
                    const link = card ? card.querySelector('h4.task a') : null;
                    if (link) link.scrollIntoView({block: 'center'});
                    return link;""", dossierCode, taskName);
            if (link == null) {
                return false;
            }
            link.click();
            return true;
        });
        // the form is the task's once it shows the task's dossier
        waiting().until(driver -> dossierCode.equals(script(
                "const code = document.querySelector(\"[id$='-Field_dossierCode']\"); return code ? code.value : null;")));
        openedCard = new String[] {dossierCode, taskName};
    }

    /** Claims the open task ("Nhận việc"), so the form becomes editable. */
    public void claim() {
        clickClaim();
        waiting().until(driver -> !isVisible("a, button", "Nhận việc"));
        // Tasklist reloads the task and renders its form again, editable (no field disabled), with "Hoàn thành"
        waiting().until(driver -> isVisible("button", "Hoàn thành") && (Boolean) script(
                "return document.querySelector('.fjs-form-field') !== null"
                        + " && document.querySelector('.fjs-form-field.fjs-disabled') === null;"));
    }

    /** Clicks "Nhận việc" without waiting for the claim to succeed: it may be refused. */
    public void clickClaim() {
        clickVisible("a, button", "Nhận việc", true);
    }

    /** Clicks "Hoàn thành" without waiting for the completion to succeed: it may be refused. */
    public void clickComplete() {
        clickVisible("button", "Hoàn thành", true);
    }

    /** Types into the form field with that key (text field, text area, number). */
    public void type(String key, String value) {
        WebElement field = field(key);
        scrollTo(field);
        field.clear();
        field.sendKeys(value);
    }

    /** What the form field with that key shows (read-only fields included). */
    public String value(String key) {
        return field(key).getDomProperty("value");
    }

    /** Types a date into a date field (form-js takes mm/dd/yyyy). */
    public void date(String key, String monthDayYear) {
        WebElement field = field(key + "-date");
        scrollTo(field);
        field.sendKeys(monthDayYear, Keys.TAB);
    }

    /** Picks the radio button or checkbox option whose label contains the text. */
    public void choose(String key, String label) {
        clickVisible("label[for*='-Field_" + key + "']", label, false);
    }

    /** Ticks a checkbox field. */
    public void tick(String key) {
        click(field(key));
    }

    /** Picks the option of a select field whose label contains the text. */
    public void select(String key, String label) {
        click(field(key + "-display"));
        clickVisible(".fjs-dropdownlist-item", label, false);
    }

    /** Opens "Bắt đầu quy trình", searches the procedure with that name and opens its start form. */
    public void startProcess(String procedureName) {
        StartDialog.openStartForm(browser, waiting(), procedureName);
        waiting().until(driver -> !driver.findElements(By.cssSelector(".modal [id$='-Field_applicantName']")).isEmpty());
        // Tasklist enables "Bắt đầu" once the start form is initialized
        waiting().until(driver -> (Boolean) script("return Array.from(document.querySelectorAll('.modal-footer button'))"
                + ".some(b => b.offsetParent !== null && b.innerText.trim() === 'Bắt đầu' && !b.disabled);"));
    }

    /** Submits the start form ("Bắt đầu") and waits for Tasklist's confirmation. */
    public void submitStart() {
        clickVisible(".modal-footer button", "Bắt đầu", true);
        waitForText("Đã bắt đầu quy trình");
    }

    /** Completes the open task ("Hoàn thành") and waits until its form is gone. */
    public void complete() {
        if (openedCard == null) {
            throw new IllegalStateException("complete() follows openTask(): it waits for the task's card to leave the list");
        }
        String[] card = openedCard;
        clickComplete();
        waiting().until(driver -> !isVisible("button", "Hoàn thành"));
        // Tasklist reloads the filter's list, without the completed task
        waiting().until(driver -> (Boolean) script("""
                const loader = document.querySelector('[cam-tasks] > .loader');
                return (!loader || loader.offsetParent === null)
                    && !Array.from(document.querySelectorAll('.tasks-list li.task'))
                        .some(li => li.innerText.includes(arguments[0]) && li.innerText.includes(arguments[1]));""",
                card[0], card[1]));
        openedCard = null;
    }

    /** The visible validation messages of the open form. */
    public List<String> formErrors() {
        return browser.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    /** Waits up to 30 s; Angular and form-js replace elements as they re-render, so a stale one is retried. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage(() -> officer + "'s browser: " + Chromium.whatItShows(browser));
        return wait;
    }

    private WebElement field(String key) {
        return waiting().until(driver -> driver.findElements(
                By.cssSelector("[id$='-Field_" + key + "']")).stream().findFirst().orElse(null));
    }

    /**
     * Clicks the first visible element matching the selector whose text is (or contains) the text,
     * retrying while Angular or form-js re-render it or something lies over it.
     */
    private void clickVisible(String selector, String text, boolean exact) {
        waiting().ignoring(ElementClickInterceptedException.class).until(driver -> {
            WebElement element = (WebElement) script("""
                    const element = Array.from(document.querySelectorAll(arguments[0])).find(e => e.offsetParent !== null
                        && (arguments[2] ? e.innerText.trim() === arguments[1] : e.innerText.includes(arguments[1])));
                    if (element) element.scrollIntoView({block: 'center'});
                    return element || null;""", selector, text, exact);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    private boolean isVisible(String selector, String text) {
        return (Boolean) script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".some(e => e.offsetParent !== null && e.innerText.trim() === arguments[1]);", selector, text);
    }

    /** Tasklist's footer covers the bottom of the form: bring the element to the middle first. */
    private void click(WebElement element) {
        scrollTo(element);
        element.click();
    }

    private void scrollTo(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    /**
     * Marks the task list on screen. Tasklist renders the list of another filter in a new element (it does not when
     * it only refreshes the list of the same filter).
     */
    private void markList() {
        script("const list = document.querySelector('[cam-tasks] > div[ng-if]'); if (list) list.dataset.motcuaShown = 'before';");
    }

    /** Waits until a task list other than the marked one is shown, loaded and without error. */
    private void waitForNewList() {
        waiting().until(driver -> (Boolean) script("""
                const list = document.querySelector('[cam-tasks] > div[ng-if]');
                const loader = document.querySelector('[cam-tasks] > .loader');
                return !!list && list.dataset.motcuaShown === undefined && (!loader || loader.offsetParent === null);"""));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
