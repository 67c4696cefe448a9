package dev.postmortems.jira.view.config;

/** A project or issue type the operations may be offered on, and whether they are now. */
public record ScopeOption(String value, String label, boolean chosen) {
}
