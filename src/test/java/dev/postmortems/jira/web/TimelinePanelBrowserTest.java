package dev.postmortems.jira.web;

import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.web.testing.PanelBrowser;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The Timeline panel used as a person uses it, in headless Chromium, against the app's real REST resources. */
public class TimelinePanelBrowserTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    @Rule
    public final PanelBrowser panel = new PanelBrowser(rule);

    private PostmortemFixture app;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @Before
    public void start() throws Exception {
        app = rule.fixture();
        browser = panel.driver();
        wait = panel.await();
    }


    @Test
    public void anEditorAddsCorrectsAndDeletesEntriesWithoutReloadingThePage() {
        open(EDITOR);
        markPage();

        addEntry("2026-11-20T10:00", "Error rate rises on checkout", "impact-started");
        addEntry("2026-11-20T10:12", "Alert fires; on-call paged", "detected");
        assertEquals(List.of("Error rate rises on checkout", "Alert fires; on-call paged"), texts());
        waitForText(".postmortem-timeline-measure[data-measure=time-to-detect] dd", "12 min");

        row(1).findElement(By.cssSelector("button[data-action=edit]")).click();
        WebElement text = browser.findElement(By.cssSelector(".postmortem-timeline-edit textarea[name=text]"));
        text.clear();
        text.sendKeys("Alert fires; Max is paged");
        browser.findElement(By.cssSelector(".postmortem-timeline-edit button[type=submit]")).click();
        wait.until(d -> texts().contains("Alert fires; Max is paged"));

        row(0).findElement(By.cssSelector("button[data-action=delete]")).click();
        browser.findElement(By.cssSelector(".postmortem-confirm [data-answer=yes]")).click();
        wait.until(d -> texts().size() == 1);

        assertPageNotReloaded();
        assertNoConsoleErrors();
        screenshot("timeline-panel-editor");
    }

    /** On a slow network a person clicks again, or twice at once: the button says it is saving, and one entry is added. */
    @Test
    public void aDoubleClickOnASlowNetworkAddsOneEntry() {
        open(EDITOR);
        openAddForm();
        slowNetwork();
        WebElement when = browser.findElement(By.id("postmortem-timeline-when"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", when, "2026-11-20T10:00");
        browser.findElement(By.id("postmortem-timeline-what")).sendKeys("Alert fires");
        WebElement add = browser.findElement(By.cssSelector(".postmortem-timeline-add button[type=submit]"));
        String label = add.getText();

        new org.openqa.selenium.interactions.Actions(browser).doubleClick(add).perform();
        assertEquals("Saving…", add.getText());
        assertEquals(Boolean.FALSE, Boolean.valueOf(add.isEnabled()));
        add.click(); // and once more while it saves

        wait.until(d -> texts().size() == 1);
        wait.until(d -> add.isEnabled() && add.getText().equals(label));
        assertEquals(1, app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.snapshot.PostmortemSnapshots.class)
                .of(app.postmortem().getKey())).timeline().size());
        assertNoConsoleErrors();
    }

    @Test
    public void theAddFormOpensInPlaceFromItsButtonAndEscapeClosesIt() {
        open(EDITOR);
        WebElement opener = browser.findElement(By.cssSelector("button[data-opens=postmortem-timeline-add]"));
        WebElement form = browser.findElement(By.id("postmortem-timeline-add"));
        assertFalse(form.isDisplayed());

        opener.click();
        assertTrue(form.isDisplayed());
        assertFalse(opener.isDisplayed());
        assertEquals("postmortem-timeline-when", ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;"));

        browser.findElement(By.id("postmortem-timeline-what")).sendKeys(Keys.ESCAPE);
        assertFalse(form.isDisplayed());
        assertTrue(opener.isDisplayed());
        assertEquals("true", String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return document.activeElement === arguments[0];", opener)));
    }

    @Test
    public void ctrlEnterInTheTextAddsTheEntryAsInJira() {
        open(EDITOR);
        openAddForm();
        WebElement when = browser.findElement(By.id("postmortem-timeline-when"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", when, "2026-11-20T10:00");
        WebElement what = browser.findElement(By.id("postmortem-timeline-what"));
        what.sendKeys("Alert fires");

        what.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        wait.until(d -> texts().equals(List.of("Alert fires")));
    }

    @Test
    public void badInputIsExplainedNextToTheFieldAndNothingIsAdded() {
        open(EDITOR);
        openAddForm();

        browser.findElement(By.cssSelector(".postmortem-timeline-add button[type=submit]")).click();

        waitForText("[data-error-for=text]", "Say what happened.");
        assertEquals("Say when it happened.", browser.findElement(By.cssSelector(".postmortem-timeline-add [data-error-for=occurredAt]")).getText());
        assertEquals(0, texts().size());
    }

    @Test
    public void aStaleCorrectionShowsTheNewerVersionInsteadOfOverwritingIt() throws Exception {
        app.rest().post(EDITOR, "/postmortems/" + app.postmortem().getKey() + "/timeline",
                Map.of("occurredAt", "2026-11-20T10:00:00Z", "text", "original"));
        open(EDITOR);
        row(0).findElement(By.cssSelector("button[data-action=edit]")).click();
        long id = Long.parseLong(row(0).getDomAttribute("data-entry-id"));
        app.rest().put(EDITOR, "/postmortems/" + app.postmortem().getKey() + "/timeline/" + id,
                Map.of("occurredAt", "2026-11-20T10:00:00Z", "text", "saved by someone else", "revision", 1));

        WebElement text = browser.findElement(By.cssSelector(".postmortem-timeline-edit textarea[name=text]"));
        text.clear();
        text.sendKeys("my correction");
        browser.findElement(By.cssSelector(".postmortem-timeline-edit button[type=submit]")).click();

        waitForText(".postmortem-timeline-status", "Someone else saved this");
        assertEquals("saved by someone else", browser.findElement(By.cssSelector(".postmortem-timeline-edit textarea[name=text]"))
                .getDomProperty("value"));
        text = browser.findElement(By.cssSelector(".postmortem-timeline-edit textarea[name=text]"));
        text.sendKeys(Keys.ESCAPE);
        wait.until(d -> texts().equals(List.of("saved by someone else")));
    }

    @Test
    public void pastedLinesArePreviewedThenAddedInOneStep() {
        open(EDITOR);
        browser.findElement(By.cssSelector(".postmortem-timeline-paste summary")).click();
        browser.findElement(By.id("postmortem-timeline-paste-text"))
                .sendKeys("[10:53] Max: rebooted the switch\nsome chatter without a time\n10:58 traffic back to normal, resolved");
        WebElement zone = browser.findElement(By.id("postmortem-timeline-paste-zone"));
        zone.clear();
        zone.sendKeys("UTC");
        browser.findElement(By.cssSelector("[data-action=preview]")).click();

        wait.until(d -> browser.findElements(By.cssSelector(".postmortem-timeline-paste-preview tr")).size() == 3);
        assertEquals(1, browser.findElements(By.cssSelector(".postmortem-timeline-paste-preview tr.not-understood")).size());
        assertEquals(List.of("Resolved"), panel.texts(".postmortem-timeline-paste-preview [data-tag=resolved]"));
        assertEquals(0, texts().size());
        screenshot("timeline-paste-preview");

        browser.findElement(By.cssSelector("[data-action=add-pasted]")).click();
        wait.until(d -> texts().size() == 2);
        assertEquals(List.of("Max: rebooted the switch", "traffic back to normal, resolved"), texts());
        assertEquals(List.of("", "resolved"), browser.findElements(By.cssSelector(".postmortem-timeline-table tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-tag")).toList());
        // What was not understood stays in the box, to be mended.
        wait.until(d -> "some chatter without a time".equals(
                browser.findElement(By.id("postmortem-timeline-paste-text")).getDomProperty("value")));
    }

    @Test
    public void hostileTextIsShownAsTextAndRunsNothing() {
        open(EDITOR);
        String hostile = "<img src=x onerror=\"window.hacked=1\"><script>window.hacked=2</script>";

        addEntry("2026-11-20T10:00", hostile, "");
        browser.navigate().refresh(); // also as the server renders it
        addEntry("2026-11-20T10:05", "\"><svg onload=window.hacked=3>", "");

        assertEquals(List.of(hostile, "\"><svg onload=window.hacked=3>"), texts());
        assertNull(((JavascriptExecutor) browser).executeScript("return window.hacked;"));
        assertNoConsoleErrors();
    }

    @Test
    public void aReaderSeesTheTimelineButNoWayToChangeIt() throws Exception {
        app.rest().post(EDITOR, "/postmortems/" + app.postmortem().getKey() + "/timeline",
                Map.of("occurredAt", "2026-11-20T10:00:00Z", "text", "a fact"));

        open(VIEWER);

        assertEquals(List.of("a fact"), texts());
        assertTrue(browser.findElements(By.cssSelector(".postmortem-timeline button, .postmortem-timeline form")).isEmpty());
        screenshot("timeline-panel-reader");
    }

    private void open(String user) {
        panel.open("timeline", app.postmortem(), user);
    }

    /** Every request of the page answers 1.5 s late, as over a slow network. */
    private void slowNetwork() {
        ((JavascriptExecutor) browser).executeScript("var fetchNow = window.fetch;"
                + "window.fetch = function () { var args = arguments;"
                + "  return new Promise(function (resolve) { setTimeout(resolve, 1500); })"
                + "      .then(function () { return fetchNow.apply(window, args); }); };");
    }

    /** "Add entry" opens the form in place; once open, the form stays open for the next entry. */
    private void openAddForm() {
        List<WebElement> opener = browser.findElements(By.cssSelector("button[data-opens=postmortem-timeline-add]"));
        if (!opener.isEmpty() && opener.get(0).isDisplayed()) {
            opener.get(0).click();
        }
    }

    private void addEntry(String localTime, String text, String tag) {
        openAddForm();
        int before = texts().size();
        WebElement when = browser.findElement(By.id("postmortem-timeline-when"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", when, localTime);
        WebElement what = browser.findElement(By.id("postmortem-timeline-what"));
        what.sendKeys(text);
        browser.findElement(By.cssSelector("#postmortem-timeline-tag option[value='" + tag + "']")).click();
        browser.findElement(By.cssSelector(".postmortem-timeline-add button[type=submit]")).click();
        wait.until(d -> texts().size() == before + 1);
    }

    private List<String> texts() {
        return panel.texts(".postmortem-timeline-table tbody .postmortem-timeline-text");
    }

    private WebElement row(int index) {
        return browser.findElements(By.cssSelector(".postmortem-timeline-table tbody tr")).get(index);
    }

    private void waitForText(String css, String part) {
        wait.until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(part)));
    }

    private void markPage() {
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
    }

    private void assertPageNotReloaded() {
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"));
    }

    private void assertNoConsoleErrors() {
        assertEquals(List.of(), panel.consoleErrors());
    }

    private void screenshot(String name) {
        panel.screenshot(name);
    }
}
