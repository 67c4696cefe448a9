package dev.postmortems.jira.service.team;

/** A postmortem started from an incident; {@code created} is false when a retry found the one created before. */
public record Started(String key, String url, boolean created) {
}
