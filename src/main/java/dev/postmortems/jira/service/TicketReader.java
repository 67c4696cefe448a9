package dev.postmortems.jira.service;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Port: Jira issues as the current user may see them, read in one batch whatever their number — the one way the
 * app reads tickets for people (the reminders job, which has no user, reads its own way).
 */
public interface TicketReader {
    /** By id, in one batch; issues that no longer exist are missing from the map. */
    Map<Long, Ticket> tickets(Collection<Long> issueIds);

    Optional<Ticket> byKey(String issueKey);

    /** The username of the issue's assignee, if it has one. */
    Optional<String> assigneeUsername(long issueId);

    /** The tickets linked to the postmortem as its actions (the Postmortem Action link), in one call. */
    Set<Long> linkedActions(long postmortemId);

    /** The postmortems a ticket is linked to as an action (the same link, read from the ticket's side). */
    Set<Long> postmortemsOf(long ticketId);
}
