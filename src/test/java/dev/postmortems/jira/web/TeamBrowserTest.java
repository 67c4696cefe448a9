package dev.postmortems.jira.web;

import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.web.testing.PanelBrowser;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import dev.postmortems.jira.web.testing.UserPickers;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.Set;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The Start postmortem dialog and the Team panel used as a person uses them, in headless Chromium. */
public class TeamBrowserTest {
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
        app.jira().permissions().grant(app.user(EDITOR), "OPS", ProjectPermissions.ASSIGNABLE_USER);
    }

    @Test
    public void theDialogProposesTheTeamExplainsAMissingFacilitatorAndOpensTheNewPostmortem() {
        DoubleIssue incident = app.incident().assign(app.user(OWNER)).reportedBy(app.user(VIEWER));
        panel.openOperation(incident, EDITOR);

        browser.findElement(By.id("postmortem-start")).click();
        WebElement dialog = wait.until(d -> d.findElement(By.cssSelector(".postmortem-start-dialog")));
        Select project = new Select(dialog.findElement(By.cssSelector("select[name=projectKey]")));
        assertEquals("OPS", project.getFirstSelectedOption().getDomProperty("value"));
        assertEquals(2, project.getOptions().size());
        assertEquals("Postmortem: Checkout down", value(dialog, "input[name=summary]"));
        assertEquals("editor", value(dialog, "input[name=facilitator]"));
        assertEquals("Erin Editor", UserPickers.picker(dialog, "facilitator").getDomProperty("value"));
        assertEquals("olivia\nviewer", value(dialog, "input[name=participants]"));
        assertEquals(List.of("Olivia Owner", "Vic Viewer"), panel.texts(".postmortem-start-dialog .postmortem-user-picker-person .postmortem-user-picker-name"));
        assertFalse("no postmortem yet, so no second-postmortem choice",
                dialog.findElement(By.cssSelector("input[name=another]")).isDisplayed());
        panel.screenshot("start-dialog");

        UserPickers.empty(browser, UserPickers.picker(dialog, "facilitator"));
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !dialog.findElement(By.cssSelector("[data-error-for=facilitator]")).getText().isEmpty());
        assertEquals("Every postmortem needs a facilitator: choose the person who leads it.",
                dialog.findElement(By.cssSelector("[data-error-for=facilitator]")).getText());
        assertEquals(0, app.jira().issueService().created());

        UserPickers.choose(browser, UserPickers.picker(dialog, "facilitator"), "erin");
        assertEquals("editor", value(dialog, "input[name=facilitator]"));
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("/jira/browse/OPS-3"));

        assertEquals(1, app.jira().issueService().created());
        DoubleIssue postmortem = (DoubleIssue) app.jira().issues().getIssueObject("OPS-3");
        assertEquals("Postmortem", postmortem.getIssueType().getName());
        assertEquals(Set.of("olivia", "viewer"), app.jira().watchers().usernamesWatching(postmortem));
    }

    @Test
    public void whenTheIncidentHasAPostmortemTheDialogLinksToItAndOffersAnotherOnlyAsAChoice() throws Exception {
        long type = app.bean(dev.postmortems.jira.jira.setup.InstalledTypes.class)
                .linkTypeId(dev.postmortems.jira.jira.setup.AppLinkType.POSTMORTEM).orElseThrow();
        app.jira().links().createIssueLink(app.postmortem().getId(), app.incident().getId(), type, 1L, app.user(EDITOR));
        panel.openOperation(app.incident(), EDITOR);

        browser.findElement(By.id("postmortem-start")).click();
        WebElement dialog = wait.until(d -> d.findElement(By.cssSelector(".postmortem-start-dialog")));
        WebElement existing = dialog.findElement(By.cssSelector(".postmortem-start-existing a"));
        assertEquals(app.postmortem().getKey(), existing.getText());
        assertTrue(existing.getDomAttribute("href").endsWith("/browse/" + app.postmortem().getKey()));
        WebElement another = dialog.findElement(By.cssSelector("input[name=another]"));
        assertTrue(another.isDisplayed());

        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !dialog.findElement(By.cssSelector(".postmortem-start-general")).getText().isEmpty());
        assertEquals(0, app.jira().issueService().created());

        another.click();
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("/jira/browse/OPS-3"));
        assertEquals(1, app.jira().issueService().created());
    }

    @Test
    public void anEditorChangesTheParticipantsInline() {
        app.jira().watchers().startWatching(app.user(VIEWER), app.postmortem());
        panel.open("team", app.postmortem(), EDITOR);
        assertEquals(List.of("Vic Viewer"), panel.texts(".postmortem-team-participants li"));

        browser.findElement(By.cssSelector("[data-action=edit-participants]")).click();
        WebElement participants = UserPickers.picker(browser.findElement(By.cssSelector(".postmortem-team")), "participants");
        assertEquals(List.of("Vic Viewer"), panel.texts(".postmortem-team .postmortem-user-picker-person .postmortem-user-picker-name"));
        participants.sendKeys("ol");
        wait.until(d -> panel.texts(".postmortem-team [role=option] .postmortem-user-picker-name").equals(List.of("Olivia Owner")));
        participants.sendKeys(Keys.ARROW_DOWN, Keys.ENTER); // down wraps to the only suggestion; Enter picks it
        assertEquals(List.of("Vic Viewer", "Olivia Owner"), panel.texts(".postmortem-team .postmortem-user-picker-person .postmortem-user-picker-name"));
        assertEquals("viewer\nolivia", browser.findElement(By.cssSelector(".postmortem-team input[name=participants]"))
                .getDomProperty("value"));
        browser.findElement(By.cssSelector(".postmortem-team button[type=submit]")).click();

        wait.until(d -> panel.texts(".postmortem-team-participants li").size() == 2);
        assertEquals(List.of("Olivia Owner", "Vic Viewer"), panel.texts(".postmortem-team-participants li"));
        assertEquals(Set.of("olivia", "viewer"), app.jira().watchers().usernamesWatching(app.postmortem()));
        assertTrue(browser.findElements(By.cssSelector(".postmortem-team > form")).isEmpty());
        panel.screenshot("team-panel-editor");
        assertEquals(List.of(), panel.consoleErrors());
    }

    private static String value(WebElement scope, String css) {
        return scope.findElement(By.cssSelector(css)).getDomProperty("value");
    }
}
