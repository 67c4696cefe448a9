package dev.postmortems.jira.sandbox;

import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Cause categories in Chromium: a new postmortem's root cause sorted like the demo's shows the demo under Seen
 * before, with a link to every postmortem with that cause; administrators keep the list on the configuration page.
 */
public class CauseBrowserTest {
    @Rule
    public final SandboxBrowser browser = new SandboxBrowser();

    @Test
    public void aRootCauseSortedLikeAnEarlierOneShowsItUnderSeenBefore() {
        browser.open("/browse/OPS-2");
        browser.switchTo(DemoPeople.EDITOR);
        assertEquals("capacity/scale / Orders database", browser.find(".postmortem-whys-cause-name").getText());

        browser.open("/browse/OPS-6");
        browser.click("#postmortem-notice .postmortem-start-trigger");
        WebElement dialog = browser.await().until(d -> d.findElement(By.cssSelector(".postmortem-start-dialog")));
        browser.await().until(d -> dialog.getText().contains("The postmortem will be due on "));
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> d.getCurrentUrl().endsWith("/jira/browse/OPS-7"));
        assertEquals(0, browser.driver().findElements(By.cssSelector("#seen-before-panel")).size());

        browser.click("[data-action=add-chain]");
        browser.type(browser.find(".postmortem-whys-editor textarea[name=problem]"), "Search timed out");
        browser.type(browser.find(".postmortem-whys-step-editor input"), "Why did search time out?");
        browser.type(browser.find(".postmortem-whys-step-editor textarea"), "The orders database was locked by a batch job.");
        browser.click(".postmortem-whys-editor label[for^=postmortem-whys-root]");
        browser.click(".postmortem-whys-editor button[type=submit]");
        browser.await().until(d -> d.findElements(By.cssSelector(".postmortem-whys-root-cause")).size() == 1);

        browser.click("[data-opens^=postmortem-whys-cause-form]");
        WebElement form = browser.find(".postmortem-whys-cause-form");
        assertEquals(List.of("None", "change", "code defect", "capacity/scale", "configuration", "dependency", "detection/monitoring",
                "process", "unknown"), new Select(form.findElement(By.name("categoryId"))).getOptions().stream().map(WebElement::getText).toList());
        new Select(form.findElement(By.name("categoryId"))).selectByVisibleText("capacity/scale");
        new Select(form.findElement(By.name("componentId"))).selectByVisibleText("Orders database");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> browser.texts(".postmortem-whys-cause-name").equals(List.of("capacity/scale / Orders database")));
        String search = URLDecoder.decode(browser.find(".postmortem-whys-cause-name").getDomAttribute("href").replaceFirst("^.*\\?jql=", ""),
                StandardCharsets.UTF_8);
        assertEquals("issue in postmortemsByCause(\"capacity/scale\", \"Orders database\")", search);

        // The page shows Seen before once it is rendered again.
        browser.open("/browse/OPS-7");
        assertEquals(List.of("OPS-2"), browser.attributes("#seen-before-panel .postmortem-seen-before-item", "data-key"));
        assertTrue(browser.find("#seen-before-panel .postmortem-seen-before-progress").getText().endsWith("actions done"));
        browser.screenshot("#seen-before-panel", "sandbox-seen-before");
        browser.click("#seen-before-panel .postmortem-seen-before-searches a");
        browser.await().until(d -> !browser.texts("#search-results tbody tr td:first-child").isEmpty());
        assertEquals(List.of("OPS-2", "OPS-7"), browser.texts("#search-results tbody tr td:first-child").stream().sorted().toList());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    public void anAdministratorKeepsTheListAndACategoryInUseStays() {
        browser.open("/plugins/servlet/postmortems/configure");
        browser.switchTo(DemoPeople.ADMIN);
        List<String> seeded = List.of("change", "code defect", "capacity/scale", "configuration", "dependency", "detection/monitoring",
                "process", "unknown");
        assertEquals(seeded, names());

        browser.type(browser.find("#postmortem-config-cause-new"), "Change");
        browser.click("#postmortem-config-cause-add button[type=submit]");
        browser.await().until(d -> !browser.find("#postmortem-config-cause-add [data-error-for=name]").getText().isEmpty());
        assertEquals("There is already a category of that name.", browser.find("#postmortem-config-cause-add [data-error-for=name]").getText());
        WebElement name = browser.find("#postmortem-config-cause-new");
        name.clear();
        name.sendKeys("hardware");
        browser.click("#postmortem-config-cause-add button[type=submit]");
        browser.await().until(d -> names().contains("hardware"));

        WebElement capacity = row("capacity/scale");
        capacity.findElement(By.cssSelector("[data-action=delete]")).click();
        browser.await().until(d -> !row("capacity/scale").findElement(By.cssSelector("[data-error-for=id]")).getText().isEmpty());
        assertEquals("Root causes are sorted into this category: it cannot be deleted. Rename it instead.",
                row("capacity/scale").findElement(By.cssSelector("[data-error-for=id]")).getText());

        WebElement rename = row("capacity/scale").findElement(By.name("name"));
        rename.clear();
        rename.sendKeys("capacity");
        row("capacity").findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> names().contains("capacity") && !names().contains("capacity/scale"));
        row("hardware").findElement(By.cssSelector("[data-action=up]")).click();
        browser.await().until(d -> names().indexOf("hardware") == 7);
        row("hardware").findElement(By.cssSelector("[data-action=delete]")).click();
        browser.await().until(d -> !names().contains("hardware"));
        browser.screenshot("#postmortem-config-causes", "sandbox-cause-categories");

        browser.open("/browse/OPS-2");
        assertEquals("capacity / Orders database", browser.find(".postmortem-whys-cause-name").getText());
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** The names as the page lists them; none while the page is being shown again after a change. */
    private List<String> names() {
        try {
            return browser.driver().findElements(By.cssSelector(".postmortem-config-cause input[name=name]")).stream()
                    .map(input -> input.getDomProperty("value")).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException reloading) {
            return List.of();
        }
    }

    private WebElement row(String name) {
        return browser.driver().findElements(By.cssSelector(".postmortem-config-cause")).stream()
                .filter(row -> name.equals(row.findElement(By.name("name")).getDomProperty("value"))).findFirst().orElseThrow();
    }
}
