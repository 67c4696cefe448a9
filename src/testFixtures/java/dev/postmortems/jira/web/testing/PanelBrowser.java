package dev.postmortems.jira.web.testing;

import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import org.junit.rules.ExternalResource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * Headless Chromium on the app's panel pages, for one test: open a panel as a user, read texts, take screenshots,
 * and collect the console's errors.
 * <pre>
 * {@literal @}Rule public final PostmortemAppRule app = new PostmortemAppRule();
 * {@literal @}Rule public final PanelBrowser browser = new PanelBrowser(app);
 * </pre>
 */
public final class PanelBrowser extends ExternalResource {
    private final PostmortemAppRule app;
    private PanelPages pages;
    private ChromeDriver driver;
    private BrowserPage page;
    private WebDriverWait wait;

    public PanelBrowser(PostmortemAppRule app) {
        this.app = app;
    }

    @Override
    protected void before() {
        pages = new PanelPages(app.fixture());
        driver = Browser.start();
        page = new BrowserPage(driver);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Override
    protected void after() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Opens the feature's panel on the issue as that user, and waits until its script has started. */
    public void open(String feature, DoubleIssue issue, String user) {
        driver.get(pages.url(feature, issue, user));
        waitForStart();
    }

    /** Opens the issue's view with the Start postmortem operation, as that user, once its script has run. */
    public void openOperation(DoubleIssue issue, String user) {
        driver.get(pages.url(PanelPages.OPERATION, issue, user));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    /** Opens a form that waits behind its button (data-opens), as a person would; an open form stays as it is. */
    public void openForm(String formId) {
        openForm(driver, formId);
    }

    /** The same on any page of the browser (the sandbox's too). */
    public static void openForm(ChromeDriver driver, String formId) {
        java.util.List<org.openqa.selenium.WebElement> opener = driver.findElements(By.cssSelector("button[data-opens=" + formId + "]"));
        if (!opener.isEmpty() && opener.get(0).isDisplayed()) {
            opener.get(0).click();
        }
    }

    public void reload() {
        driver.navigate().refresh();
        waitForStart();
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** The text of every match, read in one step in the page so a re-render cannot happen half-way through. */
    public List<String> texts(String css) {
        return page.texts(css);
    }

    public Object script(String javascript, Object... arguments) {
        return page.script(javascript, arguments);
    }

    /** Errors the page logged; a hostile {@code <img src=x>} failing to load is the browser refusing it, and is left out. */
    public List<String> consoleErrors() {
        return page.consoleErrors();
    }

    /** Saved as target/screenshots/NAME.png. */
    public void screenshot(String name) {
        page.screenshot(driver, name);
    }

    private void waitForStart() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-started=true]")));
    }
}
