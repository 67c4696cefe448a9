package dev.postmortems.jira.store;

/** An action's or a review's row: the Jira ticket it is, and that ticket's due date and resolution as last mirrored. */
public interface MirroredTicket extends MirroredDates {
    String TICKET_ID = "TICKET_ID";

    /** The ticket's Jira issue id; null until the ticket exists. */
    Long getTicketId();
}
