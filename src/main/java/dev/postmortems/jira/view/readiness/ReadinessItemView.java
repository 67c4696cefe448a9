package dev.postmortems.jira.view.readiness;

/**
 * One item of the checklist as shown.
 *
 * @param detail what is missing, in the reader's language; empty when the item is met
 */
public record ReadinessItemView(String key, boolean met, String label, String detail) {
}
