package dev.postmortems.jira.sandbox;

import org.junit.Rule;
import org.junit.Test;
import dev.postmortems.jira.web.testing.PanelBrowser;
import dev.postmortems.jira.web.testing.UserPickers;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The sandbox as a new user meets it, in Chromium: from an incident to a postmortem with its timeline, 5 Whys,
 * actions and review, then time passes, a manager finds the overdue review with JQL, and the reminders job comments
 * on it. The app's panels run as the descriptor places them, with AUI from npm.
 */
public class SandboxJourneyBrowserTest {
    @Rule
    public final SandboxBrowser browser = new SandboxBrowser();

    @Test
    public void fromTheIncidentToTheReminderOnTheOverdueReview() {
        browser.open("/browse/OPS-6");
        assertEquals("Sandbox, not Jira.", browser.find("#sandbox-notice strong").getText());
        browser.switchTo(DemoPeople.EDITOR);

        // Start the postmortem from the incident; the dialog proposes the summary and the facilitator.
        browser.click("#postmortem-start");
        WebElement dialog = browser.await().until(d -> d.findElement(By.cssSelector(".postmortem-start-dialog")));
        assertEquals("Postmortem: Search results time out", dialog.findElement(By.cssSelector("input[name=summary]")).getDomProperty("value"));
        assertTrue("an AUI dialog", dialog.getDomAttribute("class").contains("aui-dialog2"));
        browser.screenshotWindow("sandbox-start-dialog");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> d.getCurrentUrl().endsWith("/jira/browse/OPS-7"));
        browser.open("/browse/OPS-7");
        assertEquals("Postmortem: Search results time out", browser.find("#summary-val").getText());
        assertEquals(List.of("is postmortem of OPS-6 Search results time out Open"), browser.texts(".sandbox-links li"));

        // Timeline: one entry typed, two pasted from a chat log.
        int seeded = timelineTexts().size();
        PanelBrowser.openForm(browser.driver(), "postmortem-timeline-add");
        browser.script("arguments[0].value = arguments[1];", browser.find("#postmortem-timeline-when"), "2026-11-21T09:40");
        browser.type(browser.find("#postmortem-timeline-what"), "Search latency alert fires");
        browser.find("#postmortem-timeline-tag option[value='detected']").click();
        browser.click(".postmortem-timeline-add button[type=submit]");
        browser.await().until(d -> timelineTexts().size() == seeded + 1);
        browser.click(".postmortem-timeline-paste summary");
        browser.find("#postmortem-timeline-paste-text").sendKeys("[09:52] Index node 3 restarted\n[10:05] Latency back to normal");
        browser.type(browser.find("#postmortem-timeline-paste-zone"), "UTC");
        browser.click("[data-action=preview]");
        browser.await().until(d -> d.findElements(By.cssSelector(".postmortem-timeline-paste-preview tr")).size() == 2);
        browser.click("[data-action=add-pasted]");
        browser.await().until(d -> timelineTexts().size() == seeded + 3);
        assertTrue(timelineTexts().containsAll(List.of("Search latency alert fires", "Index node 3 restarted", "Latency back to normal")));

        // 5 Whys: a name in a why is marked as blaming; the chain then goes down to a root cause.
        browser.click("[data-action=add-chain]");
        browser.type(browser.find(".postmortem-whys-editor textarea[name=problem]"), "Olivia Owner forgot to resize the index");
        step(0, "Why was the index too small?", "Its size is set by hand and nobody is told when it fills up.");
        browser.click(".postmortem-whys-editor button[type=submit]");
        browser.await().until(d -> d.findElements(By.cssSelector(".postmortem-whys-problem mark")).size() == 2);
        assertEquals(List.of("Olivia Owner", "forgot to"), browser.texts(".postmortem-whys-problem mark"));
        browser.click("[data-action=add-chain]");
        browser.type(browser.find(".postmortem-whys-editor textarea[name=problem]"), "Search timed out");
        step(0, "Why did search time out?", "The index ran out of space.");
        browser.click(".postmortem-whys-editor [data-action=add-step]");
        step(1, "Why did it run out of space?", "Index growth is not monitored.");
        browser.click(".postmortem-whys-editor label[for^=postmortem-whys-root]"); // AUI draws the box on the label
        browser.click(".postmortem-whys-editor button[type=submit]");
        browser.await().until(d -> d.findElements(By.cssSelector(".postmortem-whys-root-cause")).size() == 1);

        // Actions: a corrective and a preventative one; the missing owner is explained before any ticket is made.
        PanelBrowser.openForm(browser.driver(), "postmortem-actions-add");
        actionRow(0, "Add an alert on index disk use", "corrective", "olivia");
        browser.click("[data-action=add-row]");
        actionRow(1, "Review capacity of every data store each quarter", "preventative", "");
        browser.click(".postmortem-actions-add button[type=submit]");
        browser.await().until(d -> browser.texts(".postmortem-actions-title").size() == 1);
        assertEquals("Every action needs an owner: choose the person who will do it.",
                browser.find(".postmortem-actions-row [data-error-for=assignee]").getText());
        WebElement owner = UserPickers.picker(browser.find(".postmortem-actions-row"), "assignee");
        owner.sendKeys("er"); // people are chosen as in Jira: avatar and name, from Jira's user search
        browser.await().until(d -> browser.texts(".postmortem-actions-row [role=option]").size() == 1);
        browser.screenshot(".postmortem-actions-add", "sandbox-user-picker");
        owner.sendKeys(Keys.ENTER);
        assertEquals("Erin Editor", owner.getDomProperty("value"));
        browser.click(".postmortem-actions-add button[type=submit]");
        browser.await().until(d -> browser.texts(".postmortem-actions-title").size() == 2);

        // Lessons: the meeting's answers, in writing.
        browser.click(".postmortem-lessons [data-action=edit]");
        browser.type(browser.find(".postmortem-lessons textarea[name=went-wrong]"), "The index filled up unnoticed.");
        browser.type(browser.find(".postmortem-lessons textarea[name=went-right]"), "Restarting a node restored search in minutes.");
        browser.click(".postmortem-lessons form button[type=submit]");
        browser.await().until(d -> browser.texts(".postmortem-lessons-summary").get(0).equals("2 of 5 questions answered"));

        // The review, two weeks out, run by the facilitator.
        // Dates are picked in AUI's calendar, as on Jira's own pages; the field keeps an ISO date.
        browser.closeFlags(); // "Saved." from the lessons, over the side column
        PanelBrowser.openForm(browser.driver(), "postmortem-review-form");
        browser.click(".postmortem-review-form input[name=date]");
        browser.await().until(d -> !d.findElements(By.cssSelector(".aui-datepicker-dialog .ui-datepicker-calendar")).isEmpty());
        browser.screenshotWindow("sandbox-date-picker");
        browser.find(".postmortem-review-form input[name=date]").sendKeys(Keys.ESCAPE);
        new Select(browser.find(".postmortem-review-form select[name=interval]")).selectByValue("2w");
        UserPickers.choose(browser.driver(), UserPickers.picker(browser.find(".postmortem-review-form"), "owner"), "Erin");
        assertEquals("Erin Editor", UserPickers.picker(browser.find(".postmortem-review-form"), "owner").getDomProperty("value"));
        browser.click(".postmortem-review-form button[type=submit]");
        browser.await().until(d -> !browser.texts("a.postmortem-review-key").isEmpty());
        String review = browser.texts("a.postmortem-review-key").get(0);
        // The readiness checklist followed every change without a reload: the timeline still lacks "resolved", one
        // cause has no root cause, and no action names the root cause it addresses; no meeting is scheduled.
        // The panel may re-render more than once as each change is announced: read it whole, until it settles.
        List<String> expected = List.of("false", "false", "false", "false", "true", "true");
        browser.await().until(d -> expected.equals(browser.attributes("#readiness-panel .postmortem-readiness-item", "data-met")));

        browser.open("/browse/OPS-7");
        browser.screenshotWindow("sandbox-issue-view");
        for (String panel : List.of("team", "timeline", "whys", "action", "lessons", "readiness", "review")) {
            browser.screenshot("#" + panel + "-panel", "sandbox-" + panel + "-panel");
        }
        assertEquals(List.of(), browser.consoleErrors());

        // An action ticket explains itself to its owner: where it comes from, its kind, the review.
        browser.open("/browse/OPS-8");
        assertEquals("OPS-7 Postmortem: Search results time out", browser.find(".postmortem-action-ticket-postmortem").getText());
        assertTrue(browser.find(".postmortem-action-ticket-review").getText().startsWith("Due "));
        browser.screenshot("#action-ticket-panel", "sandbox-action-ticket-panel");

        // Fifteen days later the review is overdue: the manager finds it, and the job reminds its owner.
        browser.type(browser.find("#sandbox-days"), "15");
        browser.submit("#sandbox-forward");
        assertTrue(browser.find("#sandbox-now").getText().endsWith("(15 days ahead)"));
        browser.switchTo(DemoPeople.VIEWER);
        browser.open("/issues/?jql=" + URLEncoder.encode("issue in overduePostmortemReviews()", StandardCharsets.UTF_8));
        assertTrue(browser.texts("#search-results tbody tr td:first-child").contains(review));
        browser.screenshot("main", "sandbox-search-overdue-reviews");

        browser.submit("#sandbox-run-reminders");
        browser.open("/browse/" + review);
        List<String> comments = browser.texts(".sandbox-comment p");
        assertEquals(1, comments.size());
        assertTrue(comments.get(0), comments.get(0).startsWith("[~erin] this follow-up review was due on "));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    public void anIncidentMarkedAsARecurrenceShowsOnTheOriginalPostmortemAndInJql() {
        browser.open("/browse/OPS-6");
        browser.switchTo(DemoPeople.EDITOR);

        browser.click("#postmortem-recurrence");
        WebElement dialog = browser.await().until(d -> d.findElement(By.cssSelector(".postmortem-recurrence-dialog")));
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> !dialog.findElement(By.cssSelector("[data-error-for=postmortemKey]")).getText().isEmpty());
        assertEquals("Name the postmortem whose problem came back, such as OPS-12.",
                dialog.findElement(By.cssSelector("[data-error-for=postmortemKey]")).getText());
        dialog.findElement(By.cssSelector("input[name=postmortemKey]")).sendKeys("OPS-2");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();

        browser.await().until(d -> d.getCurrentUrl().endsWith("/jira/browse/OPS-2"));
        browser.open("/browse/OPS-2");
        assertTrue(browser.find("#recurrence-panel .title").getText().startsWith("The problem came back: recurred once — last on "));
        assertEquals(List.of("OPS-6"), browser.texts("#recurrence-panel .postmortem-recurrence-issues a"));
        browser.screenshot("#recurrence-panel", "sandbox-recurrence-panel");
        browser.open("/issues/?jql=" + URLEncoder.encode("project = OPS AND issue in postmortemRecurrences()", StandardCharsets.UTF_8));
        assertEquals(List.of("OPS-2"), browser.texts("#search-results tbody tr td:first-child"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * The follow-up review meeting on OPS-5: a fix judged not effective reopens its root cause in 5 Whys and
     * Readiness, its follow-up action treats it again, and the review closes only once every action has a verdict.
     */
    @Test
    public void theReviewMeetingJudgesTheFixesAndAFixThatDidNotWorkReopensItsRootCause() {
        browser.open("/browse/OPS-5");
        browser.switchTo(DemoPeople.EDITOR);
        assertEquals(List.of("Effective", "No verdict yet"), browser.texts(
                "#postmortem-verdicts tbody tr .postmortem-verdicts-verdict > p:first-child span.aui-lozenge, "
                        + "#postmortem-verdicts tbody tr .postmortem-verdicts-verdict > p.postmortem-verdicts-none"));
        browser.submit("#action-resolve");
        assertEquals(List.of("The Postmortem Review workflow refused Done (the app's validators run on it here)",
                "Give every action a verdict before closing the review. Still without one: OPS-4."), browser.texts("#transition-refused p"));

        // Both actions address the one root cause: it is untreated again only once neither counts.
        judge("OPS-4", "dropped", "", "Replaced by the scale review in the design template");
        judge("OPS-3", "ineffective", "The bulk job of 2026-12-08 locked the orders table again", "");
        browser.await().until(d -> "follow-up-needed".equals(outcome()));
        assertEquals("Not effective", row("OPS-3").findElement(By.cssSelector(".postmortem-verdicts-verdict span.aui-lozenge"))
                .getDomProperty("textContent"));

        browser.open("/browse/OPS-2");
        assertEquals(List.of("untreated"), browser.attributes(".postmortem-whys-status", "data-status"));
        assertEquals(List.of("false"), browser.attributes("[data-rule=root-causes-treated]", "data-met"));

        browser.open("/browse/OPS-5");
        row("OPS-3").findElement(By.cssSelector("button[data-action=follow-up]")).click();
        WebElement form = browser.find("#postmortem-follow-up-form");
        assertEquals("Follow-up: Add a load test for bulk price updates", form.findElement(By.name("summary")).getDomProperty("value"));
        UserPickers.choose(browser.driver(), UserPickers.picker(form, "assignee"), "Oli");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        // The panel's rows are replaced when it renders again: read them whole, and again if one went stale.
        String followUp = browser.await().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> links = row("OPS-3").findElements(By.cssSelector(".postmortem-verdicts-follow-ups a"));
            return links.isEmpty() ? null : links.get(0).getText();
        });
        browser.await().until(d -> "loop-closed".equals(outcome()));
        browser.screenshot("#postmortem-verdicts", "sandbox-review-meeting");
        browser.submit("#action-resolve");
        assertTrue(browser.driver().findElements(By.id("transition-refused")).isEmpty());

        browser.open("/browse/OPS-2");
        assertEquals(List.of("treated"), browser.attributes(".postmortem-whys-status", "data-status"));
        assertTrue(browser.texts("#postmortem-review .postmortem-review-verdicts").get(0),
                browser.texts("#postmortem-review .postmortem-review-verdicts").get(0).endsWith("1 not effective, 1 dropped \u2192 " + followUp));
        assertEquals(List.of(), browser.consoleErrors());
    }

    private void judge(String key, String verdict, String evidence, String reason) {
        row(key).findElement(By.cssSelector("button[data-action=judge]")).click();
        WebElement form = browser.find("#postmortem-verdict-form");
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("verdict"))).selectByValue(verdict);
        browser.type(form.findElement(By.name("evidence")), evidence);
        if (!reason.isEmpty()) {
            browser.type(form.findElement(By.name("reason")), reason);
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> form.getDomAttribute("hidden") != null);
        browser.closeFlags();
    }

    private String outcome() {
        return (String) browser.script("var label = document.querySelector('.postmortem-verdicts-outcome-label');"
                + " return label ? label.dataset.outcome : null;");
    }

    private WebElement row(String key) {
        return browser.driver().findElements(By.cssSelector("#postmortem-verdicts tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector(".postmortem-verdicts-ticket")).getText().startsWith(key))
                .findFirst().orElseThrow();
    }

    /** Manage apps → Configure: a Jira administrator sets the reminders on a page; nobody else sees it. */
    @Test
    public void anAdministratorConfiguresTheRemindersOnThePageAndOthersMayNot() {
        browser.open("/plugins/servlet/postmortems/configure");
        browser.switchTo(DemoPeople.EDITOR);
        assertEquals("You may not see this page", browser.find("#forbidden").getText());

        browser.switchTo(DemoPeople.ADMIN);
        WebElement form = browser.find("#postmortem-config-reminders");
        assertEquals("24", form.findElement(By.name("intervalHours")).getDomProperty("value"));
        UserPickers.choose(browser.driver(), UserPickers.picker(form, "author"), "Vic");
        WebElement days = form.findElement(By.name("daysBeforeDue"));
        days.clear();
        days.sendKeys("31");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> !browser.texts("[data-error-for=daysBeforeDue]").get(0).isEmpty());
        assertEquals("Choose 0 (no reminder before the due date) to 30 days.", browser.texts("[data-error-for=daysBeforeDue]").get(0));

        days.clear();
        days.sendKeys("3");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> browser.texts(".postmortem-flags .aui-message-success, .aui-flag").stream()
                .anyMatch(text -> text.contains("Saved.")));
        browser.screenshot("#postmortem-config", "sandbox-configuration");

        browser.open("/plugins/servlet/postmortems/configure");
        WebElement saved = browser.find("#postmortem-config-reminders");
        assertEquals("3", saved.findElement(By.name("daysBeforeDue")).getDomProperty("value"));
        assertEquals(DemoPeople.VIEWER, saved.findElement(By.name("author")).getDomProperty("value"));
        // The one error the browser saw is the editor's refusal, the 403 this test asked for.
        assertEquals(List.of(), browser.consoleErrors().stream().filter(error -> !error.contains("status of 403")).toList());
    }

    /** A project administrator follows the Actions panel's link to the project's settings and sets the defaults. */
    @Test
    public void aProjectAdministratorSetsTheDefaultsForNewActionsOnTheProjectsSettingsPage() {
        browser.open("/browse/OPS-2");
        browser.switchTo(DemoPeople.ADMIN);
        browser.click(".postmortem-actions-defaults a");
        browser.await().until(d -> d.getCurrentUrl().endsWith("/plugins/servlet/postmortems/project-settings?projectKey=OPS"));
        WebElement form = browser.find("#postmortem-config-actions");
        assertEquals("Task", form.findElement(By.name("issueType")).getDomProperty("value"));

        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("priority"))).selectByVisibleText("Highest");
        WebElement due = form.findElement(By.name("dueInDays"));
        due.clear();
        due.sendKeys("21");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> browser.texts(".postmortem-flags .aui-message-success, .aui-flag").stream()
                .anyMatch(text -> text.contains("Saved.")));
        browser.screenshot("#postmortem-project-settings", "sandbox-project-settings");

        browser.open("/plugins/servlet/postmortems/project-settings?projectKey=OPS");
        assertEquals("21", browser.find("#postmortem-config-actions input[name=dueInDays]").getDomProperty("value"));
        browser.switchTo(DemoPeople.EDITOR);
        assertEquals("You may not see this page", browser.find("#forbidden").getText());
    }

    @Test
    public void thePostmortemWorkflowKeepsANewPostmortemFromDoneAndSaysWhy() {
        browser.open("/browse/OPS-6");
        browser.switchTo(DemoPeople.EDITOR);
        browser.click("#postmortem-start");
        WebElement dialog = browser.await().until(d -> d.findElement(By.cssSelector(".postmortem-start-dialog")));
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> d.getCurrentUrl().endsWith("/jira/browse/OPS-7"));
        browser.open("/browse/OPS-7");

        browser.submit("#action-resolve");

        assertEquals(List.of("The Postmortem workflow refused Done (the app's validators run on it here)",
                "Schedule the follow-up review before the postmortem is done."), browser.texts("#transition-refused p"));
        assertEquals("Open", browser.texts("#status-val").get(0)); // shown in capitals by AUI's lozenge
        browser.screenshot("#transition-refused", "sandbox-workflow-refused");
    }

    /** Forms wait behind their buttons: the editor's page is the reader's plus a row of buttons, not six open forms. */
    @Test
    public void theEditorsViewOfTheDemoPostmortemIsAsLongAsTheReadersPlusItsButtons() {
        browser.open("/browse/OPS-2");
        browser.switchTo(DemoPeople.VIEWER);
        long reader = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
        browser.switchTo(DemoPeople.EDITOR);
        long editor = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();

        assertTrue("editor " + editor + " px, reader " + reader + " px", editor <= reader + 400);
        PanelBrowser.openForm(browser.driver(), "postmortem-actions-add");
        long withForm = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
        assertTrue("the open form takes its room: " + withForm + " px", withForm > editor);
        browser.screenshotWindow("sandbox-editor-view");
    }

    @Test
    public void theViewerReadsWithoutControlsAndTheOutsiderCannotSeeThePostmortem() {
        browser.open("/browse/OPS-2");
        browser.switchTo(DemoPeople.VIEWER);
        assertEquals(List.of("team-panel", "timeline-panel", "whys-panel", "action-panel", "lessons-panel", "readiness-panel",
                        "review-panel", "seen-before-panel"),
                browser.driver().findElements(By.cssSelector(".sandbox-web-panel")).stream().map(e -> e.getDomAttribute("id")).toList());
        assertEquals(6, browser.texts(".postmortem-timeline-table tbody .postmortem-timeline-text").size());
        assertTrue("no form, no button in any panel for a reader", browser.driver().findElements(
                By.cssSelector(".sandbox-web-panel form, .sandbox-web-panel button:not([disabled])")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("action-resolve")).isEmpty());

        browser.switchTo(DemoPeople.OUTSIDER);
        assertEquals("Issue does not exist", browser.find("#issue-missing").getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".sandbox-web-panel")).isEmpty());
        browser.open("/issues/?jql=" + URLEncoder.encode("project = OPS", StandardCharsets.UTF_8));
        assertEquals("0 issues", browser.find("#search-count").getText());
        assertEquals("only the refused issue page's own 404", List.of(), browser.consoleErrors().stream()
                .filter(message -> !message.contains("/jira/browse/OPS-2 - Failed to load resource")).toList());
    }

    @Test
    public void hostileTextInEveryFieldIsShownAsTextAndRunsNothing() {
        String hostile = "<img src=x onerror=\"window.hacked=1\"><script>window.hacked=2</script>";
        browser.open("/browse/OPS-6");
        browser.switchTo(DemoPeople.EDITOR);
        browser.click("#postmortem-start");
        WebElement dialog = browser.await().until(d -> d.findElement(By.cssSelector(".postmortem-start-dialog")));
        browser.type(dialog.findElement(By.cssSelector("input[name=summary]")), "Postmortem " + hostile);
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> d.getCurrentUrl().endsWith("/jira/browse/OPS-7"));
        browser.open("/browse/OPS-7");

        PanelBrowser.openForm(browser.driver(), "postmortem-timeline-add");
        browser.script("arguments[0].value = arguments[1];", browser.find("#postmortem-timeline-when"), "2026-11-21T09:40");
        browser.type(browser.find("#postmortem-timeline-what"), hostile);
        browser.click(".postmortem-timeline-add button[type=submit]");
        browser.await().until(d -> timelineTexts().contains(hostile));
        browser.click("[data-action=add-chain]");
        browser.type(browser.find(".postmortem-whys-editor textarea[name=problem]"), hostile);
        step(0, hostile, "\"><svg onload=window.hacked=3>");
        browser.click(".postmortem-whys-editor button[type=submit]");
        browser.await().until(d -> !browser.texts(".postmortem-whys-problem").isEmpty());
        PanelBrowser.openForm(browser.driver(), "postmortem-actions-add");
        actionRow(0, hostile, "corrective", "olivia");
        browser.click(".postmortem-actions-add button[type=submit]");
        browser.await().until(d -> browser.texts(".postmortem-actions-title").size() == 1);
        browser.click(".postmortem-lessons [data-action=edit]");
        browser.type(browser.find(".postmortem-lessons textarea[name=lucky]"), hostile);
        browser.click(".postmortem-lessons form button[type=submit]");
        browser.await().until(d -> browser.texts(".postmortem-lessons-answer").contains(hostile));
        PanelBrowser.openForm(browser.driver(), "postmortem-review-form");
        UserPickers.typeOnly(browser.driver(), UserPickers.picker(browser.find(".postmortem-review-form"), "owner"), hostile);
        browser.click(".postmortem-review-form button[type=submit]");
        browser.await().until(d -> !d.findElement(By.cssSelector(".postmortem-review-form [data-error-for=owner]")).getText().isEmpty());

        browser.open("/browse/OPS-7");
        assertEquals("Postmortem " + hostile, browser.find("#summary-val").getText());
        assertTrue(timelineTexts().contains(hostile));
        assertEquals(List.of(hostile), browser.texts(".postmortem-whys-problem"));
        assertEquals(List.of("\"><svg onload=window.hacked=3>"), browser.texts(".postmortem-whys-answer"));
        assertEquals(List.of(hostile), browser.texts(".postmortem-actions-title"));
        assertEquals(hostile, browser.texts(".postmortem-lessons-answer").get(2));
        browser.open("/issues/?jql=" + URLEncoder.encode("labels = postmortem-action", StandardCharsets.UTF_8));
        assertTrue(browser.texts("#search-results td").contains(hostile));
        assertNull(browser.script("return window.hacked;"));
        assertTrue(browser.driver().findElements(By.cssSelector("main img, main svg, main script")).stream()
                .noneMatch(element -> element.getDomAttribute("onerror") != null || element.getDomAttribute("onload") != null));
        assertEquals(List.of(), browser.consoleErrors());
        assertFalse(browser.driver().getPageSource().contains("<script>window.hacked"));
    }

    private List<String> timelineTexts() {
        return browser.texts(".postmortem-timeline-table tbody .postmortem-timeline-text");
    }

    private void step(int index, String question, String answer) {
        WebElement step = browser.driver().findElements(By.cssSelector(".postmortem-whys-step-editor")).get(index);
        step.findElement(By.cssSelector("input")).sendKeys(question);
        step.findElement(By.cssSelector("textarea")).sendKeys(answer);
    }

    private void actionRow(int index, String summary, String kind, String owner) {
        WebElement row = browser.driver().findElements(By.cssSelector(".postmortem-actions-row")).get(index);
        row.findElement(By.cssSelector("input[name=summary]")).sendKeys(summary);
        new Select(row.findElement(By.cssSelector("select[name=kind]"))).selectByValue(kind);
        if (!owner.isEmpty()) {
            UserPickers.choose(browser.driver(), UserPickers.picker(row, "assignee"), owner);
        }
    }
}
