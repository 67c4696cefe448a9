package dev.postmortems.jira.web;

import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.web.testing.PanelBrowser;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import dev.postmortems.jira.web.testing.UserPickers;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static org.junit.Assert.assertEquals;

/**
 * The 5 Whys and Actions panels on one page, as in the issue view: what is saved in one shows in the other at once,
 * without reloading the page.
 */
public class PanelsFollowEachOtherBrowserTest {
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
        browser = panel.driver();
        wait = panel.await();
    }

    @Test
    public void aRootCauseSavedIsOfferedToActionsAndItsActionMakesItTreated() {
        panel.open("whys+action", app.postmortem(), EDITOR);
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");

        click("[data-action=add-chain]");
        browser.findElement(By.cssSelector(".postmortem-whys-editor textarea[name=problem]")).sendKeys("Checkout went down");
        WebElement step = browser.findElement(By.cssSelector(".postmortem-whys-step-editor"));
        step.findElement(By.cssSelector("input")).sendKeys("Why?");
        step.findElement(By.cssSelector("textarea")).sendKeys("No load test before the release.");
        click(".postmortem-whys-editor input[name=rootCause]");
        click(".postmortem-whys-editor button[type=submit]");

        wait.until(d -> options().contains("Checkout went down"));
        wait.until(d -> status() != null); // the 5 Whys panel renders its new chain on its own
        assertEquals("untreated", status());

        panel.openForm("postmortem-actions-add");
        WebElement row = browser.findElement(By.cssSelector(".postmortem-actions-row"));
        row.findElement(By.cssSelector("input[name=summary]")).sendKeys("Load-test every release");
        new Select(row.findElement(By.cssSelector("select[name=kind]"))).selectByValue("corrective");
        UserPickers.choose(browser, UserPickers.picker(row, "assignee"), "olivia");
        new Select(row.findElement(By.cssSelector("select[name=chainId]"))).selectByVisibleText("Checkout went down");
        click(".postmortem-actions-add button[type=submit]");

        wait.until(d -> "treated".equals(status()));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"));
        assertEquals(List.of(), panel.consoleErrors());
    }

    /** Read in one script, as the panels may redraw between two WebDriver calls. */
    @SuppressWarnings("unchecked")
    private List<String> options() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('.postmortem-actions-row select[name=chainId] option'), function (o) { return o.text; });");
    }

    private String status() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var s = document.querySelector('.postmortem-whys-status'); return s ? s.dataset.status : null;");
    }

    private void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }
}
