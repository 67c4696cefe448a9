package dev.postmortems.jira.jiradouble;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The app's own {@code i18n/postmortems.properties}, formatted as Jira formats it. Stricter than Jira: a missing
 * key fails instead of showing the key, so tests catch it.
 */
public final class PropertiesI18nResolver implements I18nResolver {
    private final Properties texts = new Properties();

    public PropertiesI18nResolver() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/postmortems.properties")) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("Missing i18n key: " + key);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
