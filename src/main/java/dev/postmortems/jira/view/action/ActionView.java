package dev.postmortems.jira.view.action;

/**
 * One action as shown. A restricted ticket (the reader may not browse it) shows its key only.
 *
 * @param state     the action's state ({@code ActionState}'s key): pending, gone, restricted, open, overdue or done
 * @param dueDate   the due day in ISO form ({@code 2026-12-01}), or {@code ""}
 * @param dueText   the due day as the reader reads dates, or {@code ""}
 * @param restricted the reader may not browse the ticket, so only its key is shown (also when it is gone)
 * @param done      the state is done
 * @param overdue   the state is overdue
 * @param noOwner   the ticket lost its assignee
 * @param gone      the state is gone: the ticket was deleted, or unlinked from the postmortem
 * @param pending   the state is pending: the ticket was never created (a request interrupted and not retried)
 * @param rootCause the problem statement of the why-chain it addresses, or {@code ""}
 */
public record ActionView(long id, String state, String key, String url, String summary, boolean restricted, String kind,
                         String kindLabel, String assignee, String dueDate, String dueText, String status, boolean done,
                         boolean overdue, boolean noOwner, boolean gone, boolean pending, String rootCause,
                         String successCheck, String verdictLabel) {
}
