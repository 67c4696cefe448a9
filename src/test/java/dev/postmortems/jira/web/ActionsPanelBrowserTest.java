package dev.postmortems.jira.web;

import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.web.testing.PanelBrowser;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import dev.postmortems.jira.web.testing.UserPickers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.Set;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The Actions panel used as a person uses it, in headless Chromium, against the app's real REST resources. */
public class ActionsPanelBrowserTest {
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
    public void aCorrectiveAndAPreventativeActionBecomeTicketsAndAMissingOwnerIsExplained() {
        panel.open("action", app.postmortem(), EDITOR);
        panel.openForm("postmortem-actions-add");

        fillRow(0, "Add a load test for checkout", "corrective", "olivia");
        browser.findElement(By.cssSelector("[data-action=add-row]")).click();
        fillRow(1, "Screen features for scale risk", "preventative", "");
        browser.findElement(By.cssSelector(".postmortem-actions-add button[type=submit]")).click();

        wait.until(d -> texts(".postmortem-actions-title").size() == 1);
        WebElement remaining = browser.findElement(By.cssSelector(".postmortem-actions-row"));
        assertEquals("Every action needs an owner: choose the person who will do it.",
                remaining.findElement(By.cssSelector("[data-error-for=assignee]")).getText());
        screenshot("actions-missing-owner");

        UserPickers.choose(browser, UserPickers.picker(remaining, "assignee"), "Olivia");
        browser.findElement(By.cssSelector(".postmortem-actions-add button[type=submit]")).click();
        wait.until(d -> texts(".postmortem-actions-title").size() == 2);

        assertEquals(List.of("Add a load test for checkout", "Screen features for scale risk"), texts(".postmortem-actions-title"));
        assertEquals(2, app.jira().issueService().created());
        DoubleIssue preventative = (DoubleIssue) app.jira().issues().getIssueObject(
                browser.findElements(By.cssSelector("a.postmortem-actions-key")).get(1).getText());
        assertEquals(Set.of("postmortem-action", "postmortem-preventative"), preventative.labels());
        screenshot("actions-panel-editor");

        browser.findElements(By.cssSelector("button[data-action=remove]")).get(0).click();
        browser.findElement(By.cssSelector(".postmortem-confirm [data-answer=yes]")).click();
        wait.until(d -> texts(".postmortem-actions-title").size() == 1);
        assertTrue(app.jira().issues().getIssueObject(preventative.getKey()) != null);
    }

    @Test
    public void howWeWillKnowItWorkedIsSaidAtCreationAndChangedLater() {
        app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.action.ActionService.class).add(app.postmortem().getKey(),
                java.util.List.of(new dev.postmortems.jira.domain.action.ActionInput(null, "Add a load test", "corrective",
                        dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER, "", "", "", "", null, "p99 under 1 s", null))));
        panel.open("action", app.postmortem(), EDITOR);
        assertEquals(List.of("p99 under 1 s"), texts(".postmortem-actions-success-check-text"));

        browser.findElement(By.cssSelector("button[data-action=edit-success-check]")).click();
        WebElement form = browser.findElement(By.id("postmortem-success-check-form"));
        WebElement text = form.findElement(By.name("successCheck"));
        assertEquals("p99 under 1 s", text.getDomProperty("value"));
        text.clear();
        text.sendKeys("p99 under 1 s at twice the sale's peak");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(d -> texts(".postmortem-actions-success-check-text").equals(List.of("p99 under 1 s at twice the sale's peak")));
        assertEquals("true", String.valueOf(panel.script("return document.getElementById('postmortem-success-check-form').hidden;")));
        assertEquals(List.of(), panel.consoleErrors());
    }

    @Test
    public void projectAdministratorsAreLedToTheProjectsSettingsAndOthersAreNot() {
        panel.open("action", app.postmortem(), EDITOR);
        assertTrue(browser.findElements(By.cssSelector(".postmortem-actions-defaults")).isEmpty());

        app.jira().permissions().grant(app.user(EDITOR), "OPS", com.atlassian.jira.permission.ProjectPermissions.ADMINISTER_PROJECTS);
        panel.reload();

        WebElement link = browser.findElement(By.cssSelector(".postmortem-actions-defaults a"));
        assertEquals("Defaults for new actions in OPS", link.getText());
        assertTrue(link.getDomAttribute("href"), link.getDomAttribute("href")
                .endsWith("/plugins/servlet/postmortems/project-settings?projectKey=OPS"));
    }

    private void fillRow(int index, String summary, String kind, String owner) {
        WebElement row = browser.findElements(By.cssSelector(".postmortem-actions-row")).get(index);
        row.findElement(By.cssSelector("input[name=summary]")).sendKeys(summary);
        new Select(row.findElement(By.cssSelector("select[name=kind]"))).selectByValue(kind);
        if (!owner.isEmpty()) {
            UserPickers.choose(browser, UserPickers.picker(row, "assignee"), owner);
        }
    }

    private List<String> texts(String css) {
        return panel.texts(css);
    }

    private void screenshot(String name) {
        panel.screenshot(name);
    }
}
