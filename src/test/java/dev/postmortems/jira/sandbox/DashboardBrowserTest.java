package dev.postmortems.jira.sandbox;

import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The dashboard items in Chromium, on the sandbox's dashboard over a year of generated history in PAY: the manager
 * reads detection and recovery as lines and as a table, a number leads to the postmortems behind it, and the item's
 * settings choose another project.
 */
public class DashboardBrowserTest {
    @Rule
    public final SandboxBrowser browser = new SandboxBrowser();

    @Test
    public void aManagerReadsDetectionAndRecoveryAndFollowsANumberToItsPostmortems() {
        browser.open("/secure/Dashboard.jspa");
        browser.switchTo(DemoPeople.VIEWER);
        browser.await().until(d -> !d.findElements(By.cssSelector("#recovery-gadget .postmortem-gadget-table tbody tr")).isEmpty());
        assertEquals("Detection and recovery: PAY project", browser.find("#recovery-gadget .sandbox-dashboard-title").getText());
        assertEquals(12, browser.driver().findElements(By.cssSelector("#recovery-gadget .postmortem-gadget-table tbody tr")).size());
        assertEquals(List.of("Month", "Postmortems", "Time to detect", "Time to mitigate", "Time to resolve"),
                browser.texts("#recovery-gadget .postmortem-gadget-table thead th"));
        assertEquals("three lines, one per measure", 3,
                browser.driver().findElements(By.cssSelector("#recovery-gadget svg polyline")).size());

        // The month six months ago: three incidents, one never marked as mitigated.
        WebElement row = browser.driver().findElements(By.cssSelector("#recovery-gadget .postmortem-gadget-table tbody tr")).get(5);
        List<WebElement> cells = row.findElements(By.cssSelector("td"));
        assertEquals("3", cells.get(0).getText());
        assertTrue(cells.get(1).getText(), cells.get(1).getText().endsWith("min"));
        assertEquals("2", browser.script("return arguments[0].querySelector('a').getAttribute('href').split('%2C').length;", cells.get(2))
                .toString());
        browser.screenshot("#recovery-gadget", "sandbox-dashboard-recovery");

        cells.get(0).findElement(By.cssSelector("a")).click();
        browser.await().until(d -> d.getCurrentUrl().contains("/issues/"));
        List<String> found = browser.texts("#search-results tbody tr td:first-child");
        assertEquals(3, found.size());
        assertTrue(found.toString(), found.stream().allMatch(key -> key.startsWith("PAY-")));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    public void topCausesShowWhatKeepsComingBackInPay() {
        browser.open("/secure/Dashboard.jspa");
        browser.switchTo(DemoPeople.VIEWER);
        browser.await().until(d -> !d.findElements(By.cssSelector("#causes-gadget .postmortem-gadget-table tbody tr")).isEmpty());
        assertEquals("Top causes: PAY project", browser.find("#causes-gadget .sandbox-dashboard-title").getText());
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#causes-gadget .postmortem-gadget-table tbody tr"));
        assertEquals("capacity/scale", rows.get(0).getDomAttribute("data-category"));
        List<WebElement> cells = rows.get(0).findElements(By.cssSelector("td"));
        int seenBefore = Integer.parseInt(cells.get(2).getText());
        assertTrue("the card gateway's capacity came back", seenBefore > 0);
        assertEquals(rows.size(), browser.driver().findElements(By.cssSelector("#causes-gadget .postmortem-gadget-bars li")).size());
        browser.screenshot("#causes-gadget", "sandbox-dashboard-causes");

        cells.get(2).findElement(By.cssSelector("a")).click();
        browser.await().until(d -> d.getCurrentUrl().contains("/issues/"));
        List<String> found = browser.texts("#search-results tbody tr td:first-child");
        assertEquals("one root cause each: as many postmortems as root causes seen before", seenBefore, found.size());
        assertTrue(found.toString(), found.stream().allMatch(key -> key.startsWith("PAY-")));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    public void theItemsSettingsChooseAnotherProject() {
        browser.open("/secure/Dashboard.jspa");
        browser.switchTo(DemoPeople.EDITOR);
        browser.await().until(d -> !d.findElements(By.cssSelector("#recovery-gadget .postmortem-gadget-table")).isEmpty());
        browser.click("#recovery-gadget [data-action=edit]");
        WebElement project = browser.await().until(d -> d.findElement(By.cssSelector("#recovery-gadget select[name=project]")));
        browser.await().until(d -> new Select(project).getOptions().size() == 2);
        assertEquals(List.of("OPS project (OPS)", "PAY project (PAY)"),
                new Select(project).getOptions().stream().map(WebElement::getText).toList());
        new Select(project).selectByValue("OPS");
        browser.click("#recovery-gadget .postmortem-gadget-settings button[type=submit]");
        browser.await().until(d -> browser.find("#recovery-gadget .sandbox-dashboard-title").getText().equals("Detection and recovery: OPS project"));
        browser.await().until(d -> !d.findElements(By.cssSelector("#recovery-gadget .postmortem-gadget-table tbody tr")).isEmpty());
        // OPS-2's incident started two days ago; its timeline has it detected when the incident was reported, 4 minutes on.
        String month = java.time.YearMonth.from(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).minusDays(2)).toString();
        WebElement row = browser.find("#recovery-gadget .postmortem-gadget-table tr[data-month='" + month + "']");
        assertEquals("1", row.findElements(By.cssSelector("td")).get(0).getText());
        assertEquals("4 min", row.findElements(By.cssSelector("td")).get(1).getText());
        assertEquals(List.of(), browser.consoleErrors());
    }
}
