package dev.postmortems.jira.view.review;

/**
 * The review ticket as Jira has it now.
 *
 * @param dueDate  ISO date, or {@code ""} when someone removed it in Jira
 * @param dueText  the same as the reader's Jira writes dates, or {@code ""}
 * @param daysLeft days until the due date; negative when overdue; 0 on the day and when there is no due date
 * @param when     the same in words, in the reader's language: "Due 06/Dec/26 · 14 days left", "Done"
 * @param done     the ticket is resolved
 * @param visible  false when the reader may not browse the review ticket: only its key is shown
 */
public record ReviewTicketView(String key, String url, boolean visible, String summary, String owner, String dueDate,
                               String dueText, long daysLeft, boolean overdue, boolean done, String status, String when) {
}
