package dev.postmortems.jira.service;

/**
 * A Postmortem issue as the current user may use it.
 *
 * @param id       Jira's issue id, the key under which the app stores its data
 * @param editable whether the user may change it (Jira's "Edit Issues" permission)
 */
public record PostmortemIssue(long id, String key, boolean editable) {
}
