package dev.postmortems.jira.web.testing;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;

/** What browser tests read from the page Chromium shows: texts, script results, console errors and screenshots. */
public final class BrowserPage {
    private final ChromeDriver driver;

    public BrowserPage(ChromeDriver driver) {
        this.driver = driver;
    }

    /** The text of every match, read in one step in the page so a re-render cannot happen half-way through. */
    @SuppressWarnings("unchecked")
    public List<String> texts(String css) {
        return (List<String>) script("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent);", css);
    }

    /** An attribute of every match, read in one step in the page, like {@link #texts}. */
    @SuppressWarnings("unchecked")
    public List<String> attributes(String css, String attribute) {
        return (List<String>) script("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.getAttribute(arguments[1]));",
                css, attribute);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Errors the page logged; a hostile {@code <img src=x>} failing to load is the browser refusing it, and is left out. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> !message.contains("/x - Failed to load resource"))
                .toList();
    }

    /** The window, or one element of the page, saved as target/screenshots/NAME.png. */
    public void screenshot(TakesScreenshot what, String name) {
        try {
            Files.copy(what.getScreenshotAs(OutputType.FILE).toPath(), Browser.screenshots().resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
