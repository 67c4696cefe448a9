package dev.postmortems.jira.web.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** A person chosen in one of the app's user pickers, with the keyboard, as someone in Jira would. */
public final class UserPickers {
    private UserPickers() {
    }

    /** The picker that fills the form's field of that name, within the scope. */
    public static WebElement picker(WebElement scope, String fieldName) {
        return scope.findElement(By.cssSelector("input[role=combobox][data-picks=" + fieldName + "]"));
    }

    /** Types, waits for the suggestions, and picks the highlighted one with Enter: the first that matches. */
    public static void choose(WebDriver driver, WebElement picker, String typed) {
        empty(driver, picker);
        picker.sendKeys(typed);
        await(driver).until(d -> picker.getDomAttribute("aria-activedescendant") != null
                && "true".equals(picker.getDomAttribute("aria-expanded")));
        picker.sendKeys(Keys.ENTER);
        await(driver).until(d -> "false".equals(picker.getDomAttribute("aria-expanded")));
    }

    /** Types a name without choosing anyone (as someone who ignores the suggestions), closing them with Escape. */
    public static void typeOnly(WebDriver driver, WebElement picker, String typed) {
        empty(driver, picker);
        picker.sendKeys(typed);
        await(driver).until(d -> "true".equals(picker.getDomAttribute("aria-expanded")));
        picker.sendKeys(Keys.ESCAPE);
    }

    /** Empties the field as a person would, so the picker forgets whom it showed. */
    public static void empty(WebDriver driver, WebElement picker) {
        picker.clear();
        ((JavascriptExecutor) driver).executeScript("arguments[0].dispatchEvent(new Event('input'));", picker);
    }

    private static WebDriverWait await(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
