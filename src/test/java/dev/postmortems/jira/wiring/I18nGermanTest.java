package dev.postmortems.jira.wiring;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The German bundle, which Jira picks for a person whose language is German, says everything the English one says:
 * the same keys, the same placeholders, texts MessageFormat can format, plain ASCII with \\u escapes, and no lone
 * apostrophe.
 */
public class I18nGermanTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    public void everyKeyIsTranslatedWithTheSamePlaceholders() throws IOException {
        Properties english = load("i18n/postmortems.properties");
        Properties german = load("i18n/postmortems_de.properties");

        assertEquals(english.stringPropertyNames(), german.stringPropertyNames());
        List<String> differing = english.stringPropertyNames().stream().sorted()
                .filter(key -> !placeholders(english.getProperty(key)).equals(placeholders(german.getProperty(key)))).toList();
        assertEquals(List.of(), differing);
        List<String> untranslated = english.stringPropertyNames().stream().sorted()
                .filter(key -> english.getProperty(key).length() > 20 && english.getProperty(key).equals(german.getProperty(key)))
                .toList();
        assertEquals(List.of(), untranslated);
    }

    @Test
    public void everyGermanTextFormatsAndHasNoLoneApostrophe() throws IOException {
        Properties german = load("i18n/postmortems_de.properties");
        for (String key : german.stringPropertyNames()) {
            String text = german.getProperty(key);
            assertTrue(key, !Pattern.compile("(?<!')'(?!')").matcher(text).find());
            Object[] arguments = {3, 4, 5, 6};
            new MessageFormat(text, Locale.GERMAN).format(arguments); // throws on a broken pattern
        }
        assertEquals("3 Ursachen \u00b7 1 Grundursache behandelt \u00b7 2 unbehandelt",
                new MessageFormat(german.getProperty("postmortems.whys.summary"), Locale.GERMAN).format(new Object[] {3, 1, 2}));
    }

    @Test
    public void theFileIsPlainAscii() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/postmortems_de.properties")) {
            byte[] bytes = in.readAllBytes();
            for (int i = 0; i < bytes.length; i++) {
                assertTrue("byte " + i + " is not ASCII", bytes[i] >= 0);
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group(1));
        }
        return found;
    }

    private Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            texts.load(in);
        }
        return texts;
    }
}
