package dev.postmortems.jira.web;

import dev.postmortems.jira.domain.review.ReviewInterval;
import dev.postmortems.jira.jiradouble.DoubleDateTimeFormatters;
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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The Follow-up review panel used as a person uses it, in headless Chromium, against the app's real REST resources. */
public class ReviewPanelBrowserTest {
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
        app.postmortem().assign(app.user(OWNER));
    }

    @Test
    public void aMissingOwnerIsExplainedThenTheReviewIsScheduledAndRescheduledInPlace() {
        panel.open("review", app.postmortem(), EDITOR);
        panel.openForm("postmortem-review-form");
        WebElement owner = UserPickers.picker(browser.findElement(By.cssSelector(".postmortem-review-form")), "owner");
        wait.until(d -> "Olivia Owner".equals(owner.getDomProperty("value"))); // the proposed owner, by name
        UserPickers.empty(browser, owner);
        submit();
        wait.until(d -> !d.findElement(By.cssSelector("[data-error-for=owner]")).getText().isEmpty());
        assertEquals("Every review needs an owner: choose the person who runs it.",
                browser.findElement(By.cssSelector("[data-error-for=owner]")).getText());
        assertEquals(0, app.jira().issueService().created());

        UserPickers.choose(browser, owner, "oli");
        new Select(browser.findElement(By.cssSelector("select[name=interval]"))).selectByValue("1m");
        submit();
        wait.until(d -> !panel.texts("a.postmortem-review-key").isEmpty());

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String key = panel.texts("a.postmortem-review-key").get(0);
        DoubleIssue ticket = (DoubleIssue) app.jira().issues().getIssueObject(key);
        assertEquals(ReviewInterval.ONE_MONTH.dueFrom(today), ticket.dueDay());
        assertTrue(panel.texts(".postmortem-review-when").get(0).startsWith("Due " + DoubleDateTimeFormatters.shown(ReviewInterval.ONE_MONTH.dueFrom(today))));
        assertEquals(List.of("Reschedule the review"), panel.texts(".postmortem-review-form button[type=submit]"));
        assertEquals("scheduled, the form closes and its button offers to reschedule",
                List.of("Reschedule the review"), panel.texts("button[data-opens=postmortem-review-form]"));
        panel.screenshot("review-panel-editor");

        panel.openForm("postmortem-review-form");
        new Select(browser.findElement(By.cssSelector("select[name=interval]"))).selectByValue("3m");
        submit();
        wait.until(d -> panel.texts(".postmortem-review-when").get(0).startsWith("Due " + DoubleDateTimeFormatters.shown(ReviewInterval.THREE_MONTHS.dueFrom(today))));
        assertEquals(1, app.jira().issueService().created());
        assertEquals(ReviewInterval.THREE_MONTHS.dueFrom(today), ticket.dueDay());
        // The refused request shows as a failed load; anything else would be a script error.
        assertEquals(List.of(), panel.consoleErrors().stream()
                .filter(message -> !message.contains("the server responded with a status of 400")).toList());
    }

    private void submit() {
        browser.findElement(By.cssSelector(".postmortem-review-form button[type=submit]")).click();
    }
}
