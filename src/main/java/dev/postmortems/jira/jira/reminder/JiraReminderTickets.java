package dev.postmortems.jira.jira.reminder;

import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.jira.JiraIssueStates;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortems.jira.service.reminder.ReminderTickets;

import java.util.Optional;

/** Tickets read through IssueManager; reminders written with CommentManager, which sends Jira's notifications. */
public final class JiraReminderTickets implements ReminderTickets {
    private final IssueManager issueManager;
    private final CommentManager commentManager;
    private final UserManager userManager;
    private final JiraIssueStates states;

    public JiraReminderTickets(IssueManager issueManager, CommentManager commentManager, UserManager userManager, JiraIssueStates states) {
        this.issueManager = issueManager;
        this.commentManager = commentManager;
        this.userManager = userManager;
        this.states = states;
    }

    @Override
    public Optional<TicketNow> ticket(long ticketId) {
        return Optional.ofNullable(issueManager.getIssueObject(ticketId)).map(this::now);
    }

    private TicketNow now(Issue issue) {
        return new TicketNow(states.of(issue), Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getUsername));
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
    public void comment(long ticketId, String text, Optional<String> author) {
        Issue issue = issueManager.getIssueObject(ticketId);
        if (issue != null) {
            // A job has no user of its own: the administrator's chosen author, or none.
            commentManager.create(issue, author.map(userManager::getUserByName).orElse(null), text, true);
        }
    }
}
