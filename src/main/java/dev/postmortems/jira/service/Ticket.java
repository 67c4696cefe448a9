package dev.postmortems.jira.service;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A Jira issue as the current user may see it now. A ticket they may not browse is restricted: it carries its key
 * only, never its summary, people, dates or status.
 *
 * @param assignee the assignee's display name, if any
 * @param dueDate  the due day, as Jira keeps it
 */
public record Ticket(long id, String key, boolean visible, String summary, Optional<String> assignee,
                     Optional<LocalDate> dueDate, String status, boolean resolved) {
    public static Ticket restricted(long id, String key) {
        return new Ticket(id, key, false, "", Optional.empty(), Optional.empty(), "", false);
    }

    public boolean restricted() {
        return !visible;
    }

    /** The project the issue is in: a Jira issue key is its project's key, a dash and a number, and changes when it moves. */
    public String projectKey() {
        return key.substring(0, Math.max(0, key.lastIndexOf('-')));
    }
}
