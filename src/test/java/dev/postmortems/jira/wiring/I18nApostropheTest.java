package dev.postmortems.jira.wiring;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Jira formats every text of the app with {@link java.text.MessageFormat}, where a lone apostrophe starts a quote
 * and disappears ("meeting's" would show as "meetings"): each one must be written twice.
 */
public class I18nApostropheTest {
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** Jira reads the file as ISO-8859-1: any other character must be written as a \\u escape. */
    @Test
    public void theFileIsPlainAscii() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/postmortems.properties")) {
            byte[] bytes = in.readAllBytes();
            for (int i = 0; i < bytes.length; i++) {
                assertTrue("byte " + i + " is not ASCII", bytes[i] >= 0);
            }
        }
    }

    @Test
    public void everyApostropheIsWrittenTwice() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/postmortems.properties")) {
            texts.load(in);
        }
        List<String> lone = texts.stringPropertyNames().stream().sorted()
                .filter(key -> LONE_APOSTROPHE.matcher(texts.getProperty(key)).find()).toList();
        assertEquals(List.of(), lone);
    }
}
