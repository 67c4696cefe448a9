package dev.postmortems.jira.service.team;

/** An issue linked to a postmortem or to an incident; a restricted one shows its key only. */
public record LinkedIssue(long id, String key, String summary, boolean restricted) {
}
