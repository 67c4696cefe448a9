package dev.postmortems.jira.jira.recurrence;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import dev.postmortems.jira.jira.IssueCondition;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;

import java.util.Optional;

/**
 * Shows the recurrence notice only on a Postmortem whose problem came back: its type is read first, and only for a
 * postmortem are its outward links read, once.
 */
public final class PostmortemRecurredCondition extends IssueCondition {
    private final InstalledTypes installedTypes;
    private final IssueLinkManager issueLinkManager;

    public PostmortemRecurredCondition(InstalledTypes installedTypes, IssueLinkManager issueLinkManager) {
        this.installedTypes = installedTypes;
        this.issueLinkManager = issueLinkManager;
    }

    @Override
    protected boolean shows(Issue issue) {
        if (!installedTypes.isPostmortem(issue)) {
            return false;
        }
        Optional<Long> type = installedTypes.linkTypeId(AppLinkType.RECURRENCE);
        return type.isPresent() && issueLinkManager.getOutwardLinks(issue.getId()).stream()
                .anyMatch(link -> type.get().equals(link.getLinkTypeId()));
    }
}
