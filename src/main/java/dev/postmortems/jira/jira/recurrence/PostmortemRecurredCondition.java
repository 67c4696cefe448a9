package dev.postmortems.jira.jira.recurrence;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.plugin.web.Condition;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;

import java.util.Map;
import java.util.Optional;

/**
 * Shows the recurrence notice only on a Postmortem whose problem came back: its type is read first, and only for a
 * postmortem are its outward links read, once.
 */
public final class PostmortemRecurredCondition implements Condition {
    private final InstalledTypes installedTypes;
    private final IssueLinkManager issueLinkManager;

    public PostmortemRecurredCondition(InstalledTypes installedTypes, IssueLinkManager issueLinkManager) {
        this.installedTypes = installedTypes;
        this.issueLinkManager = issueLinkManager;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get("issue") instanceof Issue issue) || issue.getIssueType() == null
                || !installedTypes.isPostmortemType(issue.getIssueType().getId())) {
            return false;
        }
        Optional<Long> type = installedTypes.linkTypeId(AppLinkType.RECURRENCE);
        return type.isPresent() && issueLinkManager.getOutwardLinks(issue.getId()).stream()
                .anyMatch(link -> type.get().equals(link.getLinkTypeId()));
    }
}
