package dev.postmortems.jira.web;

import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.web.testing.Browser;
import dev.postmortems.jira.web.testing.PanelPages;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

/** The 5 Whys panel used as a person uses it, in headless Chromium, against the app's real REST resources. */
public class WhysPanelBrowserTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private PanelPages pages;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @Before
    public void start() {
        app = rule.fixture();
        DoubleUser max = app.jira().users().add(new DoubleUser("u-max", "mmuller", "Max Müller", ZoneId.of("UTC")));
        app.jira().permissions().grant(max, "OPS", ProjectPermissions.BROWSE_PROJECTS);
        pages = new PanelPages(app);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @After
    public void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    public void anEditorBuildsAChainDownToARootCauseWithoutReloading() {
        open();
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");

        click("[data-action=add-chain]");
        type(".postmortem-whys-editor textarea[name=problem]", "The application went down");
        typeStep(0, "Why did the application go down?", "The database became locked.");
        click(".postmortem-whys-editor [data-action=add-step]");
        typeStep(1, "Why did it lock?", "Too many database writes.");
        click(".postmortem-whys-editor input[name=rootCause]");
        click(".postmortem-whys-editor button[type=submit]");

        wait.until(d -> d.findElements(By.cssSelector(".postmortem-whys-root-cause")).size() == 1);
        assertEquals(List.of("The database became locked.", "Too many database writes."), texts(".postmortem-whys-answer"));
        assertEquals("untreated", browser.findElement(By.cssSelector(".postmortem-whys-status")).getDomAttribute("data-status"));
        assertEquals(1, browser.findElements(By.cssSelector(".postmortem-whys-hint")).size());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"));
        screenshot("whys-panel-editor");
        assertNoConsoleErrors();
    }

    @Test
    public void aPersonsNameIsMarkedWithTheBlamelessWarning() {
        open();

        click("[data-action=add-chain]");
        type(".postmortem-whys-editor textarea[name=problem]", "Max Müller forgot to renew the certificate");
        typeStep(0, "Why did the renewal not happen?", "The renewal depends on a calendar reminder.");
        click(".postmortem-whys-editor button[type=submit]");

        wait.until(d -> d.findElements(By.cssSelector(".postmortem-whys-problem mark")).size() == 2);
        assertEquals(List.of("Max Müller", "forgot to"), texts(".postmortem-whys-problem mark"));
        assertFalse(browser.findElement(By.cssSelector(".postmortem-whys-blameless")).getDomProperty("hidden").equals("true"));
        screenshot("whys-blameless-warning");
    }

    @Test
    public void missingProblemIsExplainedAndChainsAreReorderedAndDeleted() {
        open();
        click("[data-action=add-chain]");
        typeStep(0, "Why?", "");
        click(".postmortem-whys-editor button[type=submit]");
        wait.until(d -> d.findElement(By.cssSelector(".postmortem-whys-editor [data-error-for=problem]")).getText()
                .contains("State the problem"));
        click(".postmortem-whys-editor [data-action=cancel]");

        addChain("first cause");
        addChain("second cause");
        assertEquals(List.of("first cause", "second cause"), texts(".postmortem-whys-problem"));

        browser.findElements(By.cssSelector(".postmortem-whys-chain-actions [data-action=down]")).get(0).click();
        wait.until(d -> texts(".postmortem-whys-problem").equals(List.of("second cause", "first cause")));

        browser.findElements(By.cssSelector(".postmortem-whys-chain-actions [data-action=delete]")).get(0).click();
        browser.switchTo().alert().accept();
        wait.until(d -> texts(".postmortem-whys-problem").equals(List.of("first cause")));
    }

    @Test
    public void hostileTextRunsNothing() {
        open();
        String hostile = "<img src=x onerror=\"window.hacked=1\"><script>window.hacked=2</script>";
        addChain(hostile);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".postmortem-whys[data-started=true]")));

        assertEquals(List.of(hostile), texts(".postmortem-whys-problem"));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.hacked;"));
    }

    private void addChain(String problem) {
        int before = browser.findElements(By.cssSelector(".postmortem-whys-problem")).size();
        click("[data-action=add-chain]");
        type(".postmortem-whys-editor textarea[name=problem]", problem);
        typeStep(0, "Why?", "Because.");
        click(".postmortem-whys-editor button[type=submit]");
        wait.until(d -> d.findElements(By.cssSelector(".postmortem-whys-problem")).size() == before + 1);
    }

    private void open() {
        browser.get(pages.url("whys", app.postmortem(), EDITOR));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".postmortem-whys[data-started=true]")));
    }

    private void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    private void type(String css, String text) {
        WebElement field = browser.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    private void typeStep(int index, String question, String answer) {
        WebElement step = browser.findElements(By.cssSelector(".postmortem-whys-step-editor")).get(index);
        step.findElement(By.cssSelector("input")).sendKeys(question);
        step.findElement(By.cssSelector("textarea")).sendKeys(answer);
    }

    /** Read in one step in the page, so a re-render cannot happen half-way through. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent);", css);
    }

    private void assertNoConsoleErrors() {
        assertEquals(List.of(), browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList());
    }

    private void screenshot(String name) {
        try {
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Browser.screenshots().resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
