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
    /** Each installed issue type's id as last read, and when. */
    private final java.util.Map<AppIssueType, Remembered> remembered = new java.util.concurrent.ConcurrentHashMap<>();

    private record Remembered(Optional<String> id, long readAt) {
    }

    public InstalledTypes(PluginSettingsFactory pluginSettingsFactory) {
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    /** Whether the issue is a Postmortem: the one test of it, for conditions, panels, JQL functions and services. */
    public boolean isPostmortem(com.atlassian.jira.issue.Issue issue) {
        return isOfType(issue, AppIssueType.POSTMORTEM);
    }

    /** Whether the issue is a Postmortem Review ticket. */
    public boolean isReview(com.atlassian.jira.issue.Issue issue) {
        return isOfType(issue, AppIssueType.REVIEW);
    }

    /**
     * Whether the issue type is the app's Postmortem type. Asked on every issue view, so it reads the settings
     * at most once a minute.
     */
    public boolean isPostmortemType(String issueTypeId) {
        return isType(issueTypeId, AppIssueType.POSTMORTEM);
    }

    private boolean isOfType(com.atlassian.jira.issue.Issue issue, AppIssueType type) {
        return issue != null && issue.getIssueType() != null && isType(issue.getIssueType().getId(), type);
    }

    private boolean isType(String issueTypeId, AppIssueType type) {
        long now = System.nanoTime();
        Remembered known = remembered.get(type);
        if (known == null || now - known.readAt() > REMEMBER_NANOS) {
            known = new Remembered(issueTypeId(type), now);
            remembered.put(type, known);
        }
        return known.id().isPresent() && known.id().get().equals(issueTypeId);
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
        remembered.remove(type);
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
