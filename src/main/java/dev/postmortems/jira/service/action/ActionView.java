package dev.postmortems.jira.service.action;

/**
 * One action as shown. A restricted ticket (the reader may not browse it) shows its key only.
 *
 * @param dueDate   the due date as the reader reads dates, or {@code ""}
 * @param done      the ticket is resolved
 * @param overdue   unresolved and past its due date
 * @param noOwner   the ticket lost its assignee
 * @param gone      the ticket was deleted, or unlinked from the postmortem
 * @param pending   the ticket was never created (a request that was interrupted and not retried)
 * @param rootCause the problem statement of the why-chain it addresses, or {@code ""}
 */
public record ActionView(long id, String key, String url, String summary, boolean restricted, String kind, String kindLabel,
                         String assignee, String dueDate, String status, boolean done, boolean overdue, boolean noOwner,
                         boolean gone, boolean pending, String rootCause) {
}
