package dev.postmortems.jira.sandbox;

import dev.postmortems.jira.web.testing.Browser;
import dev.postmortems.jira.web.testing.BrowserPage;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * A fresh sandbox (its demo data in a temporary folder, on a free port) and headless Chromium on it, for one test:
 * a person's way through its pages — the user switcher, the clock, issue views, the search page.
 * <pre>{@literal @}Rule public final SandboxBrowser sandbox = new SandboxBrowser();</pre>
 */
public final class SandboxBrowser implements TestRule {
    private final TemporaryFolder folder = new TemporaryFolder();
    private Sandbox sandbox;
    private ChromeDriver driver;
    private BrowserPage page;
    private WebDriverWait wait;

    @Override
    public Statement apply(Statement base, Description description) {
        ExternalResource running = new ExternalResource() {
            @Override
            protected void before() throws IOException {
                sandbox = Sandbox.start(folder.getRoot().toPath().resolve("sandbox"), 0, false);
                driver = Browser.start();
                page = new BrowserPage(driver);
                wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            }

            @Override
            protected void after() {
                if (driver != null) {
                    driver.quit();
                }
                if (sandbox != null) {
                    sandbox.close();
                }
            }
        };
        return folder.apply(running.apply(base, description), description);
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Opens a sandbox page such as {@code /browse/OPS-2}, and waits until the panels' scripts have started them. */
    public void open(String path) {
        driver.get(sandbox.url() + path);
        waitForPanels();
    }

    /** Picks the person in the header's user switcher, as someone trying permissions does. */
    public void switchTo(String username) {
        new Select(driver.findElement(By.id("sandbox-user"))).selectByValue(username);
        submit("#sandbox-switch");
        assertEquals(username, driver.findElement(By.id("sandbox-user")).getDomProperty("value"));
    }

    /** Clicks a button of one of the sandbox's own forms, and waits for the page it leads back to. */
    public void submit(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(css);
        wait.until(ExpectedConditions.stalenessOf(page));
        waitForPanels();
    }

    public void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    public void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** The text of every match (trimmed), read in one step in the page so a re-render cannot happen half-way through. */
    public List<String> texts(String css) {
        return page.texts(css).stream().map(String::trim).toList();
    }

    /** An attribute of every match, read in one step so a panel re-rendering meanwhile cannot make it stale. */
    public List<String> attributes(String css, String attribute) {
        return page.attributes(css, attribute);
    }

    public Object script(String javascript, Object... arguments) {
        return page.script(javascript, arguments);
    }

    /** Errors the page logged, but for requests the app refused on purpose (a 400 with its message shows as a failed load). */
    public List<String> consoleErrors() {
        return page.consoleErrors().stream()
                .filter(message -> !message.contains("the server responded with a status of 400"))
                .toList();
    }

    /** The element (a panel, say) saved as target/screenshots/NAME.png. */
    public void screenshot(String css, String name) {
        WebElement element = find(css);
        script("arguments[0].scrollIntoView({block: 'start'});", element);
        page.screenshot(element, name);
    }

    /** Closes the AUI flags on the page (they close by themselves after a few seconds), as a person would. */
    public void closeFlags() {
        script("document.querySelectorAll('.aui-flag .icon-close, .aui-flag .aui-close-button').forEach(b => b.click());"
                + "document.querySelectorAll('.aui-flag').forEach(f => f.remove());");
    }

    /** What the browser window shows, saved as target/screenshots/NAME.png. */
    public void screenshotWindow(String name) {
        script("window.scrollTo(0, 0);");
        page.screenshot(driver, name);
    }

    /** Once the page has loaded, every script has run, and the panels' scripts start their panels as they run. */
    private void waitForPanels() {
        wait.until(d -> "complete".equals(script("return document.readyState;")));
    }
}
