package dev.postmortems.jira.service;

/**
 * A Jira issue as the current user may see it. A ticket they may not browse shows as restricted: its key only,
 * never its summary.
 */
public record Ticket(long id, String key, String summary, boolean restricted) {
    public static Ticket restricted(long id, String key) {
        return new Ticket(id, key, "", true);
    }
}
