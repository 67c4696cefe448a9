package dev.postmortems.jira.service;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: the one way the app writes to Jira — as the current user, through Jira's own services, permissions and
 * validation. Every write but {@link #create} may be repeated without changing anything more, which is what lets
 * {@link RetrySafeCreation} finish an interrupted request.
 */
public interface TicketWriter {
    /** Creates the ticket; Jira's refusal comes as a TicketRefusedException. Returns its issue id. */
    long create(NewTicket ticket);

    /** Links the postmortem to the other issue in that role; true if the link is new, false if it was there. */
    boolean link(long postmortemId, long otherId, LinkRole role);

    void unlink(long postmortemId, long otherId, LinkRole role);

    void addLabels(long issueId, List<String> labels);

    /** Adds the person to the issue's watchers: they get Jira's notifications. */
    void watch(long issueId, String username);

    void unwatch(long issueId, String username);

    /** Changes the assignee and due date; Jira's refusal comes as a TicketRefusedException. */
    void reschedule(long issueId, String assigneeUsername, LocalDate due);
}
