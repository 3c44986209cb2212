package vn.motcua.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tasklist's "Bắt đầu quy trình" dialog. It lists only the first 15 startable processes, in the order of
 * their ids rather than their names (a key longer than 25 characters gets a bare UUID as id), so which
 * procedures it shows depends on everything else deployed: a province has hundreds. An officer, like this
 * class, finds the procedure by typing its name into the dialog's search box.
 */
public final class StartDialog {

    private static final String VISIBLE_PROCEDURES =
            "Array.from(document.querySelectorAll('.modal ul.processes a')).filter(a => a.offsetParent !== null)";

    private StartDialog() {
    }

    /** Opens the dialog from the Tasklist's start page, searches the procedure and opens its start form. */
    public static void openStartForm(WebDriver browser, WebDriverWait wait, String procedureName) {
        wait.ignoring(ElementClickInterceptedException.class).until(driver -> click(driver,
                "Array.from(document.querySelectorAll('a')).find(a => a.offsetParent !== null"
                        + " && a.innerText.trim() === arguments[0])", "Bắt đầu quy trình"));
        // the search box works only once the dialog has its first list (typing earlier fails in its script)
        wait.until(driver -> (Boolean) script(driver, "return " + VISIBLE_PROCEDURES + ".length > 0;"));
        // the search runs a moment after the last key: wait until the list holds only what matches, typing the
        // name again if the dialog rendered its search box anew and lost it
        wait.ignoring(StaleElementReferenceException.class).withMessage(() -> "the start dialog's search for \""
                + procedureName + "\": " + Chromium.whatItShows(browser)).until(driver -> {
            WebElement search = driver.findElements(By.cssSelector(".modal input[ng-model='page.searchValue']"))
                    .stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (search == null) {
                return false;
            }
            if (!procedureName.equals(search.getDomProperty("value"))) {
                search.clear();
                search.sendKeys(procedureName);
                return false;
            }
            return (Boolean) script(driver, "const shown = " + VISIBLE_PROCEDURES + ";"
                    + " return shown.length > 0 && shown.every(a => a.innerText.includes(arguments[0]));", procedureName);
        });
        wait.ignoring(ElementClickInterceptedException.class).until(driver -> click(driver,
                VISIBLE_PROCEDURES + ".find(a => a.innerText.trim() === arguments[0])", procedureName));
        wait.until(driver -> !driver.findElements(By.cssSelector(".modal .fjs-form")).isEmpty());
    }

    private static boolean click(WebDriver driver, String findElement, String text) {
        WebElement element = (WebElement) script(driver, "const element = " + findElement + ";"
                + " if (element) element.scrollIntoView({block: 'center'}); return element || null;", text);
        if (element == null) {
            return false;
        }
        element.click();
        return true;
    }

    private static Object script(WebDriver driver, String code, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(code, args);
    }
}
