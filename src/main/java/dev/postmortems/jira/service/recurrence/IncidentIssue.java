package dev.postmortems.jira.service.recurrence;

/** An issue someone marks as a recurrence: whether they may edit it, and whether it is itself a postmortem. */
public record IncidentIssue(long id, String key, boolean editable, boolean postmortem) {
}
