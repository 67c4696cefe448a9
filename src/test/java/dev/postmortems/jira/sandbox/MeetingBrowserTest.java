package dev.postmortems.jira.sandbox;

import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The postmortem meeting in Chromium: the demo postmortem's meeting is changed in the Team panel, the panel and the
 * Readiness checklist follow, and the invitation downloaded afterwards is the same event, one version on.
 */
public class MeetingBrowserTest {
    @Rule
    public final SandboxBrowser browser = new SandboxBrowser();

    @Test
    public void anEditorMovesTheMeetingAndTheInvitationUpdatesTheSameEvent() {
        browser.open("/browse/OPS-2");
        browser.switchTo(DemoPeople.EDITOR);
        String before = browser.find(".postmortem-meeting-when").getText();
        String first = invitation();
        assertTrue(first, first.contains("SEQUENCE:0") && first.contains("LOCATION:Room Ada"));

        browser.click("[data-action=edit-meeting]");
        browser.script("arguments[0].value = arguments[1];", browser.find("#postmortem-meeting-time"), "16:15");
        browser.script("arguments[0].value = arguments[1];", browser.find("#postmortem-meeting-minutes"), "90");
        // The day's date picker (AUI's calendar) opened with the form; Escape closes it and keeps the form open.
        browser.await().until(d -> !d.findElements(By.cssSelector(".aui-datepicker-dialog .ui-datepicker-calendar")).isEmpty());
        browser.find("#postmortem-meeting-date").sendKeys(Keys.ESCAPE);
        browser.await().until(d -> d.findElements(By.cssSelector(".aui-datepicker-dialog .ui-datepicker-calendar")).stream()
                .noneMatch(WebElement::isDisplayed));
        browser.find("#postmortem-meeting-form button[type=submit]").click();
        browser.await().until(d -> browser.texts(".postmortem-meeting-when").stream().anyMatch(text -> text.endsWith("\u00b7 90 min")));
        assertTrue(browser.find(".postmortem-meeting-when").getText() + " after " + before,
                !browser.find(".postmortem-meeting-when").getText().equals(before));
        browser.screenshot("#team-panel", "sandbox-meeting");

        String second = invitation();
        assertTrue(second, second.contains("SEQUENCE:1"));
        assertEquals("the same event, updated", uid(first), uid(second));
        assertEquals("true", browser.attributes("#readiness-panel .postmortem-readiness-item", "data-met").get(0));
        assertEquals(List.of(), browser.consoleErrors());
    }

    private String invitation() {
        String href = browser.find(".postmortem-meeting-invitation").getDomAttribute("href");
        return (String) browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); }).then(done);", href);
    }

    private static String uid(String ics) {
        return ics.lines().filter(line -> line.startsWith("UID:")).findFirst().orElseThrow();
    }
}
