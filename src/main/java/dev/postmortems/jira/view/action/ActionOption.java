package dev.postmortems.jira.view.action;

/** A choice in the form that adds actions: a priority, or a root cause to address. */
public record ActionOption(String value, String label) {
}
