package dev.postmortems.jira.jira.reminder;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortems.jira.service.reminder.ReminderTickets;

import java.util.Optional;

/** Tickets read through IssueManager; reminders written with CommentManager, which sends Jira's notifications. */
public final class JiraReminderTickets implements ReminderTickets {
    private final IssueManager issueManager;
    private final CommentManager commentManager;

    public JiraReminderTickets(IssueManager issueManager, CommentManager commentManager) {
        this.issueManager = issueManager;
        this.commentManager = commentManager;
    }

    @Override
    public Optional<TicketNow> ticket(long ticketId) {
        return Optional.ofNullable(issueManager.getIssueObject(ticketId)).map(JiraReminderTickets::now);
    }

    private static TicketNow now(Issue issue) {
        return new TicketNow(
                // Jira keeps a due date as midnight in its own zone: the date part is the due day.
                Optional.ofNullable(issue.getDueDate()).map(due -> due.toLocalDateTime().toLocalDate()),
                issue.getResolutionId() != null,
                Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getUsername));
    }

    @Override
    public java.util.Map<Long, TicketNow> tickets(java.util.Collection<Long> ticketIds) {
        java.util.Map<Long, TicketNow> tickets = new java.util.HashMap<>();
        if (!ticketIds.isEmpty()) {
            for (Issue issue : issueManager.getIssueObjects(new java.util.ArrayList<>(ticketIds))) {
                tickets.put(issue.getId(), now(issue));
            }
        }
        return tickets;
    }

    @Override
    public void comment(long ticketId, String text) {
        Issue issue = issueManager.getIssueObject(ticketId);
        if (issue != null) {
            // The reporter wrote the ticket through the app; a job has no user of its own.
            commentManager.create(issue, issue.getReporter(), text, true);
        }
    }
}
