package dev.postmortems.jira.service;

/** A Jira project an action ticket may be created in. */
public record TargetProject(long id, String key, String name) {
}
