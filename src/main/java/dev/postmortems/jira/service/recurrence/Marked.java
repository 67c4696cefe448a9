package dev.postmortems.jira.service.recurrence;

/** The result of marking: the postmortem's key and address, and whether a link was made or already there. */
public record Marked(String postmortemKey, String url, boolean created) {
}
