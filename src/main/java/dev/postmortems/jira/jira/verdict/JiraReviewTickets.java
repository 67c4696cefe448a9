package dev.postmortems.jira.jira.verdict;

import dev.postmortems.jira.jira.IssueEditPermission;
import dev.postmortems.jira.service.verdict.ReviewTickets;

/** Who may judge at a review: Jira's Edit Issues permission on its ticket, for the logged-in user. */
public final class JiraReviewTickets implements ReviewTickets {
    private final IssueEditPermission editPermission;

    public JiraReviewTickets(IssueEditPermission editPermission) {
        this.editPermission = editPermission;
    }

    @Override
    public boolean canEdit(long ticketId) {
        return editPermission.canEdit(ticketId);
    }
}
