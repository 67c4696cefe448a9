package dev.postmortems.jira.view.config;

/** A choice in a multiple selection — a project, an issue type, a priority — and whether it is chosen now. */
public record ScopeOption(String value, String label, boolean chosen) {
}
