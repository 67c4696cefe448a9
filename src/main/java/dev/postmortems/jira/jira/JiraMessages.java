package dev.postmortems.jira.jira;

import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.service.Messages;

import java.io.Serializable;
import java.util.Arrays;

/** The app's texts through Jira's i18n, in the current user's language. */
public final class JiraMessages implements Messages {
    private final I18nResolver i18nResolver;

    public JiraMessages(I18nResolver i18nResolver) {
        this.i18nResolver = i18nResolver;
    }

    @Override
    public String text(String key, Object... arguments) {
        Serializable[] serializable = Arrays.stream(arguments)
                .map(argument -> argument instanceof Serializable value ? value : String.valueOf(argument))
                .toArray(Serializable[]::new);
        return i18nResolver.getText(key, serializable);
    }
}
