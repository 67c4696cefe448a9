package dev.postmortems.jira.web;

import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.domain.lessons.LessonsInput;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.lessons.LessonsService;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import dev.postmortems.jira.web.testing.PanelBrowser;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The Lessons panel in Chromium: answered inline without a reload, names marked, a stale save shown, not lost. */
public class LessonsPanelBrowserTest {
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
        DoubleUser max = app.jira().users().add(new DoubleUser("u-max", "mmuller", "Max Müller", ZoneId.of("UTC")));
        app.jira().permissions().grant(max, "OPS", ProjectPermissions.BROWSE_PROJECTS);
    }

    @Test
    public void anEditorAnswersTheQuestionsInPlaceAndANameIsMarked() {
        panel.open("lessons", app.postmortem(), EDITOR);
        panel.script("window.notReloaded = true;");

        browser.findElement(By.cssSelector("[data-action=edit]")).click();
        answer("went-wrong", "Max Müller forgot to load test the writes.");
        answer("went-right", "The alert fired within a minute.\nRollback took two minutes.");
        // The check while typing lists its findings under the field; clicking before they arrive could miss the
        // button as the list pushes it down.
        wait.until(d -> panel.texts(".postmortem-blame-live li").size() == 2);
        browser.findElement(By.cssSelector(".postmortem-lessons form button[type=submit]")).click();

        wait.until(d -> panel.texts(".postmortem-lessons-summary").get(0).equals("2 of 5 questions answered"));
        assertEquals(List.of("Max Müller", "forgot to"), panel.texts("dd mark.postmortem-blame"));
        assertEquals("The alert fired within a minute.\nRollback took two minutes.", panel.texts("dd").get(1));
        assertEquals("a success flag, as in Jira", List.of("Saved."), panel.texts(".postmortem-flags .aui-message-success"));
        assertEquals(Boolean.TRUE, panel.script("return window.notReloaded === true;"));
        panel.screenshot("lessons-panel-editor");
        assertEquals(List.of(), panel.consoleErrors());
    }

    @Test
    public void aSaveAfterSomeoneElsesKeepsMyTextAndShowsTheirsBesideIt() {
        panel.open("lessons", app.postmortem(), EDITOR);
        browser.findElement(By.cssSelector("[data-action=edit]")).click();
        app.as(EDITOR, () -> app.bean(LessonsService.class).save(app.postmortem().getKey(), 0,
                new LessonsInput(Map.of("lucky", "Saved by someone else"))));

        answer("lucky", "My answer");
        browser.findElement(By.cssSelector(".postmortem-lessons form button[type=submit]")).click();

        wait.until(d -> !panel.texts("[data-theirs-for=lucky] blockquote").isEmpty());
        assertEquals("My answer", field("lucky").getDomProperty("value"));
        assertEquals(List.of("Saved by someone else"), panel.texts("[data-theirs-for=lucky] blockquote"));
        assertTrue(panel.texts(".postmortem-lessons-status").get(0).startsWith("Someone else"));

        browser.findElement(By.cssSelector("[data-theirs-for=lucky] button")).click(); // take theirs, then add to it
        assertEquals("Saved by someone else", field("lucky").getDomProperty("value"));
        answer("lucky", "Saved by someone else, and mine");
        browser.findElement(By.cssSelector(".postmortem-lessons form button[type=submit]")).click();
        wait.until(d -> panel.texts("dd").get(2).equals("Saved by someone else, and mine"));
        assertEquals(2, app.as(EDITOR, () -> app.bean(PostmortemSnapshots.class).of(app.postmortem().getKey())).lessons().revision());
    }

    @Test
    public void wordsPointingAtPeopleAreMarkedWhileTypingBeforeAnythingIsSaved() {
        panel.open("lessons", app.postmortem(), EDITOR);
        browser.findElement(By.cssSelector("[data-action=edit]")).click();

        field("went-wrong").sendKeys("Max Müller forgot to renew the certificate.");

        wait.until(d -> panel.texts(".postmortem-blame-live li").size() == 2);
        assertTrue(panel.texts(".postmortem-blame-live li[data-finding=person]").get(0).startsWith("\u201cMax M\u00fcller\u201d"));
        assertTrue(panel.texts(".postmortem-blame-live li[data-finding=phrase]").get(0).startsWith("\u201cforgot to\u201d"));
        assertEquals(0, app.as(EDITOR, () -> app.bean(PostmortemSnapshots.class).of(app.postmortem().getKey())).lessons().revision());
    }

    @Test
    public void hostileAnswersAreShownAsTextAndRunNothing() {
        String hostile = "<img src=x onerror=\"window.hacked=1\"><script>window.hacked=2</script>";
        panel.open("lessons", app.postmortem(), EDITOR);
        browser.findElement(By.cssSelector("[data-action=edit]")).click();
        answer("unlucky", hostile);
        browser.findElement(By.cssSelector(".postmortem-lessons form button[type=submit]")).click();
        wait.until(d -> panel.texts("dd").get(3).equals(hostile));

        panel.reload();
        assertEquals(hostile, panel.texts("dd").get(3));
        assertNull(panel.script("return window.hacked;"));
        assertEquals(List.of(), panel.consoleErrors());
    }

    private WebElement field(String question) {
        return browser.findElement(By.cssSelector(".postmortem-lessons textarea[name=" + question + "]"));
    }

    private void answer(String question, String text) {
        WebElement field = field(question);
        field.clear();
        field.sendKeys(text);
    }
}
