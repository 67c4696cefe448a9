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
 * reads detection and recovery as lines and as a table, what keeps coming back, whether actions get done on time,
 * what the practice has in front of it;
 * a number leads to the issues behind it, and the item's settings choose another project.
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
    public void followThroughShowsWhetherPaysActionsGetDoneOnTime_andLeadsToTheOverdueTickets() {
        browser.open("/secure/Dashboard.jspa");
        browser.switchTo(DemoPeople.VIEWER);
        browser.await().until(d -> !d.findElements(By.cssSelector("#follow-through-gadget .postmortem-gadget-table tbody tr")).isEmpty());
        assertEquals("Follow-through: PAY project", browser.find("#follow-through-gadget .sandbox-dashboard-title").getText());
        List<WebElement> tables = browser.driver().findElements(By.cssSelector("#follow-through-gadget .postmortem-gadget-table"));
        assertEquals("months, ages, overdue by project, kinds", 4, tables.size());
        assertEquals(List.of("Month", "Decided", "Done", "Done by due date"), browser.texts("#follow-through-gadget table:first-of-type thead th"));
        assertEquals(12, tables.get(0).findElements(By.cssSelector("tbody tr")).size());
        assertEquals("two bars a month", 24, browser.driver().findElements(By.cssSelector("#follow-through-gadget svg rect")).size());
        assertEquals(List.of("Decided", "Done"), browser.texts("#follow-through-gadget .postmortem-gadget-legend li"));
        // Three months ago: the month's postmortems' actions were decided and done, some of them late.
        List<WebElement> earlier = tables.get(0).findElements(By.cssSelector("tbody tr")).get(8).findElements(By.cssSelector("td"));
        assertTrue(Integer.parseInt(earlier.get(0).getText()) > 0);
        assertTrue(earlier.get(2).getText(), earlier.get(2).getText().matches("\\d+ of \\d+ \\(\\d+%\\)"));
        assertEquals(4, tables.get(1).findElements(By.cssSelector("tbody tr")).size());
        List<WebElement> projects = tables.get(2).findElements(By.cssSelector("tbody tr"));
        assertEquals("overdue actions in both projects the history's actions went to", java.util.Set.of("PLAT", "PAY"),
                projects.stream().map(row -> row.getDomAttribute("data-project")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of("corrective", "preventative"),
                tables.get(3).findElements(By.cssSelector("tbody tr")).stream().map(row -> row.getDomAttribute("data-kind")).toList());
        browser.screenshot("#follow-through-gadget", "sandbox-dashboard-follow-through");

        WebElement platform = projects.stream().filter(row -> "PLAT".equals(row.getDomAttribute("data-project"))).findFirst().orElseThrow();
        int overdue = Integer.parseInt(platform.findElement(By.cssSelector("td")).getText());
        platform.findElement(By.cssSelector("td a")).click();
        browser.await().until(d -> d.getCurrentUrl().contains("/issues/"));
        List<String> found = browser.texts("#search-results tbody tr td:first-child");
        assertEquals(overdue, found.size());
        assertTrue(found.toString(), found.stream().allMatch(key -> key.startsWith("PLAT-")));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    public void thePipelineShowsWhatPaysPracticeHasInFrontOfIt_andLeadsToTheIssues() {
        browser.open("/secure/Dashboard.jspa");
        browser.switchTo(DemoPeople.VIEWER);
        browser.await().until(d -> !d.findElements(By.cssSelector("#pipeline-gadget .postmortem-gadget-table tbody tr")).isEmpty());
        assertEquals("Postmortem pipeline: PAY project", browser.find("#pipeline-gadget .sandbox-dashboard-title").getText());
        String open = browser.find("#pipeline-gadget .postmortem-gadget-total a").getText();
        List<WebElement> tables = browser.driver().findElements(By.cssSelector("#pipeline-gadget .postmortem-gadget-table"));
        assertEquals("by due date, by age, needs attention", 3, tables.size());
        assertEquals(List.of("Overdue", "Due within 7 days", "Due later", "No due date"),
                tables.get(0).findElements(By.cssSelector("tbody th")).stream().map(WebElement::getText).toList());
        int byDue = tables.get(0).findElements(By.cssSelector("tbody td")).stream().mapToInt(cell -> Integer.parseInt(cell.getText())).sum();
        assertEquals("each open postmortem has one due-date row", Integer.parseInt(open), byDue);
        List<WebElement> dueCounts = tables.get(0).findElements(By.cssSelector("tbody td"));
        assertTrue("last month's open postmortems are overdue", Integer.parseInt(dueCounts.get(0).getText()) > 0);
        assertEquals("today's is due within the week", "1", dueCounts.get(1).getText());
        assertEquals(List.of("What", "Issues"), tables.get(2).findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList());
        assertTrue(browser.driver().findElements(By.cssSelector("#pipeline-gadget .postmortem-gadget-stack-part")).size() > 0);
        List<WebElement> attention = tables.get(2).findElements(By.cssSelector("tbody tr"));
        assertEquals(List.of("incidents-waiting", "reviews-overdue", "reviews-coming-up", "recurred-open-actions"),
                attention.stream().map(row -> row.getDomAttribute("data-row")).toList());
        for (WebElement row : attention) {
            assertTrue(row.getText(), Integer.parseInt(row.findElement(By.cssSelector("td")).getText()) > 0);
        }
        browser.screenshot("#pipeline-gadget", "sandbox-dashboard-pipeline");

        attention.get(3).findElement(By.cssSelector("td a")).click();
        browser.await().until(d -> d.getCurrentUrl().contains("/issues/"));
        List<String> found = browser.texts("#search-results tbody tr td:first-child");
        assertEquals("the card gateway's last postmortem", 1, found.size());
        assertTrue(found.toString(), found.get(0).startsWith("PAY-"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    public void aHostileCategoryNameIsShownAsTextInTheItems() {
        String hostile = "<img src=x onerror=\"window.hacked=1\">";
        browser.open("/plugins/servlet/postmortems/configure");
        browser.switchTo(DemoPeople.ADMIN);
        WebElement capacity = browser.await().until(d -> d.findElements(By.cssSelector(".postmortem-config-cause")).stream()
                .filter(row -> "capacity/scale".equals(row.findElement(By.name("name")).getDomProperty("value"))).findFirst().orElse(null));
        WebElement name = capacity.findElement(By.name("name"));
        name.clear();
        name.sendKeys(hostile);
        capacity.findElement(By.cssSelector("button[type=submit]")).click();
        // The list is read again from the page as it reloads after the change.
        browser.await().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".postmortem-config-cause input[name=name]")).stream()
                        .anyMatch(input -> hostile.equals(input.getDomProperty("value"))));

        browser.open("/secure/Dashboard.jspa");
        browser.await().until(d -> !d.findElements(By.cssSelector("#causes-gadget .postmortem-gadget-table tbody tr")).isEmpty());
        assertEquals(hostile, browser.find("#causes-gadget .postmortem-gadget-table tbody tr th").getText());
        assertEquals(hostile, browser.find("#causes-gadget .postmortem-gadget-bar-label").getText());
        assertEquals(0, browser.driver().findElements(By.cssSelector(".sandbox-dashboard-item img[src=x]")).size());
        assertEquals(null, browser.script("return window.hacked;"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    public void theItemsSettingsChooseAnotherProject() {
        browser.open("/secure/Dashboard.jspa");
        browser.switchTo(DemoPeople.EDITOR);
        browser.await().until(d -> !d.findElements(By.cssSelector("#recovery-gadget .postmortem-gadget-table")).isEmpty());
        browser.click("#recovery-gadget [data-action=edit]");
        WebElement project = browser.await().until(d -> d.findElement(By.cssSelector("#recovery-gadget select[name=project]")));
        browser.await().until(d -> new Select(project).getOptions().size() == 3);
        assertEquals(List.of("OPS project (OPS)", "PAY project (PAY)", "PLAT project (PLAT)"),
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
