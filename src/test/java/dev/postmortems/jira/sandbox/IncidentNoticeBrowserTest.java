package dev.postmortems.jira.sandbox;

import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * An incident OPS's policy asks a postmortem for, in Chromium: the notice says by when; a waiver needs a reason,
 * says who and why, and can be withdrawn; starting the postmortem ends the notice; a manager finds such incidents
 * with JQL.
 */
public class IncidentNoticeBrowserTest {
    @Rule
    public final SandboxBrowser browser = new SandboxBrowser();

    @Test
    public void theNoticeLeadsToAWaiverOrAPostmortemAndJqlFindsWhatIsStillOwed() {
        browser.open("/issues/?jql=" + URLEncoder.encode("issue in incidentsWithoutPostmortem(\"OPS\")", StandardCharsets.UTF_8));
        assertEquals(List.of("OPS-6"), browser.texts("#search-results tbody tr td:first-child"));
        browser.screenshot("main", "sandbox-search-incidents-without-postmortem");

        browser.open("/browse/OPS-6");
        browser.switchTo(DemoPeople.EDITOR);
        String headline = browser.find(".postmortem-notice-headline").getText();
        assertTrue(headline, headline.startsWith("This incident needs a postmortem \u2014 due in "));
        browser.screenshot("#postmortem-notice", "sandbox-incident-notice");

        // Waive: a reason is required, then recorded with who gave it.
        browser.click("#postmortem-notice [data-action=waive]");
        WebElement form = browser.find("#postmortem-waiver-form");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> "Say why this incident needs no postmortem.".equals(
                browser.find("#postmortem-waiver-form [data-error-for=reason]").getText()));
        browser.type(browser.find("#postmortem-waiver-reason"), "A customer's proxy, not our search; their team reviews it.");
        browser.find("#postmortem-waiver-form button[type=submit]").click();
        browser.await().until(d -> browser.texts(".postmortem-notice-headline").stream()
                .anyMatch(text -> text.startsWith("No postmortem: waived by Erin Editor on ")));
        assertEquals("A customer's proxy, not our search; their team reviews it.", browser.find(".postmortem-notice-reason").getText());
        browser.open("/issues/?jql=" + URLEncoder.encode("issue in waivedPostmortems()", StandardCharsets.UTF_8));
        assertEquals(List.of("OPS-6"), browser.texts("#search-results tbody tr td:first-child"));

        // Withdrawn, the postmortem is owed again; started, the notice goes.
        browser.open("/browse/OPS-6");
        browser.click("#postmortem-notice [data-action=withdraw]");
        browser.await().until(d -> browser.texts(".postmortem-notice-headline").stream()
                .anyMatch(text -> text.startsWith("This incident needs a postmortem")));
        browser.click("#postmortem-notice .postmortem-start-trigger");
        WebElement dialog = browser.await().until(d -> d.findElement(By.cssSelector(".postmortem-start-dialog")));
        browser.await().until(d -> dialog.getText().contains("The postmortem will be due on "));
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> d.getCurrentUrl().endsWith("/jira/browse/OPS-7"));
        browser.open("/browse/OPS-6");
        assertEquals(0, browser.driver().findElements(By.cssSelector(".postmortem-notice")).size());
        browser.open("/issues/?jql=" + URLEncoder.encode("issue in incidentsWithoutPostmortem(\"OPS\")", StandardCharsets.UTF_8));
        assertEquals(List.of(), browser.texts("#search-results tbody tr td:first-child"));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
