package dev.postmortems.jira.service;

import java.util.List;

/** The user may see what they asked to change, but not change it: answered as 403 with a message saying who may. */
public final class ChangeNotAllowedException extends RuntimeException {
    private final String messageKey;
    private final List<Object> arguments;

    private ChangeNotAllowedException(String messageKey, List<Object> arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A postmortem the user may read but not edit. */
    public static ChangeNotAllowedException postmortem() {
        return new ChangeNotAllowedException("postmortems.error.change-not-allowed", List.of());
    }

    /** An issue other than a postmortem (an incident) that the user may see but not edit. */
    public static ChangeNotAllowedException issue(String issueKey) {
        return new ChangeNotAllowedException("postmortems.error.issue-not-editable", List.of(issueKey));
    }

    /** A postmortem's participants, its watchers, which only people with Jira's Manage Watchers permission change. */
    public static ChangeNotAllowedException participants() {
        return new ChangeNotAllowedException("postmortems.team.error.cannot-manage-watchers", List.of());
    }

    /** The app's settings for the whole site, which only Jira administrators see and change. */
    public static ChangeNotAllowedException siteSettings() {
        return new ChangeNotAllowedException("postmortems.error.admins-only", List.of());
    }

    /** A project's settings, which only the project's administrators see and change. */
    public static ChangeNotAllowedException projectSettings(String projectKey) {
        return new ChangeNotAllowedException("postmortems.error.project-admins-only", List.of(projectKey));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
