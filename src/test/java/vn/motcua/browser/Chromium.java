package vn.motcua.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver (installed by .ci/run), with a fresh profile
 * per browser; Selenium Manager never runs. Screenshots go to target/browser-screenshots.
 */
public final class Chromium {

    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private Chromium() {
    }

    public static WebDriver start() {
        return start("vi");
    }

    /** A browser whose user asks for {@code lang} first (Accept-Language, navigator.languages). */
    public static WebDriver start(String lang) {
        return start(lang, null);
    }

    /**
     * A browser whose user asks for {@code lang} first, on a machine set to {@code timeZone} (an IANA
     * name such as America/New_York; {@code null} keeps this machine's).
     */
    public static WebDriver start(String lang, String timeZone) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--window-size=1400,1100", "--lang=" + lang,
                    "--user-data-dir=" + Files.createTempDirectory("motcua-chromium"));
            // the console (failed loads with their status, script errors) for the message of a wait that times out
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService.Builder builder = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile());
            if (timeZone != null) {
                // chromedriver passes its environment on to Chromium, whose time zone follows TZ
                builder.withEnvironment(Map.of("TZ", timeZone));
            }
            ChromeDriverService service = builder.build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Signs the officer in on the system's login page of the server at that port, and waits for the answer:
     * a page opened while the login is still under way would cancel it, and with it the new session cookie.
     */
    public static void signIn(WebDriver browser, int port, String username, String password) {
        String login = "http://localhost:" + port + "/login";
        browser.get(login);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !login.equals(driver.getCurrentUrl()));
    }

    /**
     * What the browser shows when a wait times out: its address, the page's text, and what its console said
     * (a script or request that failed), so that a failed browser test says why.
     */
    public static String whatItShows(WebDriver browser) {
        StringBuilder shown = new StringBuilder(browser.getCurrentUrl()).append(" shows \"")
                .append(browser.findElement(By.tagName("body")).getText()).append('"');
        try {
            browser.manage().logs().get("browser").getAll().forEach(entry ->
                    shown.append("\n  console ").append(entry.getLevel()).append(' ').append(entry.getMessage()));
        } catch (RuntimeException noLogs) {
            shown.append("\n  (no console log: ").append(noLogs.getMessage()).append(')');
        }
        return shown.toString();
    }

    /** What the browser's console logged as errors since last asked (failed loads, script errors). */
    public static List<String> consoleErrors(WebDriver browser) {
        return browser.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Keeps a picture of what the user sees, as a test artifact. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
