package dev.postmortems.jira.service.verdict;

/** Port: what the verdicts feature asks Jira of a review ticket for the current user. */
public interface ReviewTickets {
    /** Jira's Edit Issues permission on the review ticket: who may give verdicts at its meeting. */
    boolean canEdit(long ticketId);
}
