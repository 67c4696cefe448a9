package dev.postmortems.jira.web;

import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.web.testing.PanelBrowser;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    @Rule
    public final PanelBrowser panel = new PanelBrowser(rule);

    private PostmortemFixture app;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @Before
    public void start() {
        app = rule.fixture();
        DoubleUser max = app.jira().users().add(new DoubleUser("u-max", "mmuller", "Max Müller", ZoneId.of("UTC")));
        app.jira().permissions().grant(max, "OPS", ProjectPermissions.BROWSE_PROJECTS);
        browser = panel.driver();
        wait = panel.await();
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
        // Wait for the findings listed while typing, which push the button down, before clicking it.
        wait.until(d -> d.findElements(By.cssSelector(".postmortem-blame-live li")).size() == 2);
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
        browser.findElement(By.cssSelector(".postmortem-confirm [data-answer=yes]")).click();
        wait.until(d -> texts(".postmortem-whys-problem").equals(List.of("first cause")));
    }

    @Test
    public void hostileTextRunsNothing() {
        open();
        String hostile = "<img src=x onerror=\"window.hacked=1\"><script>window.hacked=2</script>";
        addChain(hostile);
        panel.reload();

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
        panel.open("whys", app.postmortem(), EDITOR);
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

    private List<String> texts(String css) {
        return panel.texts(css);
    }

    private void assertNoConsoleErrors() {
        assertEquals(List.of(), panel.consoleErrors());
    }

    private void screenshot(String name) {
        panel.screenshot(name);
    }
}
