package dev.postmortems.jira.jira.setup;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The ids of the issue types and link types the app installed, kept in Jira's global plugin settings
 * (the database, so every cluster node sees the same). The id, not the name, is the stable identity:
 * an admin may rename "Postmortem" and the app still finds it.
 */
public final class InstalledTypes {
    private static final String KEY_PREFIX = "dev.postmortems.jira.setup.";
    /** Ids change only when an admin deletes a type and the app recreates it, so a short memory is safe. */
    private static final long REMEMBER_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final PluginSettingsFactory pluginSettingsFactory;
    private volatile Remembered postmortemType = new Remembered(Optional.empty(), Long.MIN_VALUE);

    private record Remembered(Optional<String> id, long readAt) {
    }

    public InstalledTypes(PluginSettingsFactory pluginSettingsFactory) {
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    /**
     * Whether the issue type is the app's Postmortem type. Asked on every issue view, so it reads the settings
     * at most once a minute.
     */
    /** Whether the issue is a Postmortem: the one test of it, for conditions, panels, JQL functions and services. */
    public boolean isPostmortem(com.atlassian.jira.issue.Issue issue) {
        return issue != null && issue.getIssueType() != null && isPostmortemType(issue.getIssueType().getId());
    }

    public boolean isPostmortemType(String issueTypeId) {
        Remembered remembered = postmortemType;
        long now = System.nanoTime();
        if (remembered.id().isEmpty() || now - remembered.readAt() > REMEMBER_NANOS) {
            remembered = new Remembered(issueTypeId(AppIssueType.POSTMORTEM), now);
            postmortemType = remembered;
        }
        return remembered.id().isPresent() && remembered.id().get().equals(issueTypeId);
    }

    /** Jira's issue type id (a String in Jira's API), if the app has installed that type. */
    public Optional<String> issueTypeId(AppIssueType type) {
        return read(issueTypeKey(type));
    }

    public Optional<Long> linkTypeId(AppLinkType type) {
        return read(linkTypeKey(type)).map(Long::valueOf);
    }

    void recordIssueType(AppIssueType type, String issueTypeId) {
        settings().put(issueTypeKey(type), issueTypeId);
        postmortemType = new Remembered(Optional.empty(), Long.MIN_VALUE);
    }

    void recordLinkType(AppLinkType type, long linkTypeId) {
        settings().put(linkTypeKey(type), Long.toString(linkTypeId));
    }

    private Optional<String> read(String key) {
        Object value = settings().get(key);
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    private PluginSettings settings() {
        return pluginSettingsFactory.createGlobalSettings();
    }

    private static String issueTypeKey(AppIssueType type) {
        return KEY_PREFIX + "issuetype." + type.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String linkTypeKey(AppLinkType type) {
        return KEY_PREFIX + "linktype." + type.name().toLowerCase(java.util.Locale.ROOT);
    }
}
