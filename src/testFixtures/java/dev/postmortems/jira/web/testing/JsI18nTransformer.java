package dev.postmortems.jira.web.testing;

import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jira's {@code jsI18n} web-resource transformer does to a script it serves: each
 * {@code AJS.I18n.getText('key')} becomes the text in the reader's language, as a string literal. Only calls with a
 * literal key and no arguments are translated, which is all the app's scripts use.
 */
public final class JsI18nTransformer {
    private static final Pattern CALL = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([A-Za-z0-9._-]+)\\1\\s*\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final I18nResolver i18n;

    public JsI18nTransformer(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String transform(String script) {
        Matcher call = CALL.matcher(script);
        StringBuilder out = new StringBuilder();
        while (call.find()) {
            call.appendReplacement(out, Matcher.quoteReplacement(literal(i18n.getText(call.group(2)))));
        }
        call.appendTail(out);
        return out.toString();
    }

    private static String literal(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
