package dev.postmortems.jira.service;

/** A Jira user as the team sees them. */
public record Person(String username, String displayName) {
}
