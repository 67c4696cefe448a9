package dev.postmortems.jira.jira;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;

import java.util.Optional;

/** The app's issue links, the postmortem always on the outward side; making one that exists changes nothing. */
public final class AppLinks {
    private final IssueLinkManager issueLinkManager;
    private final InstalledTypes installedTypes;
    private final JiraAuthenticationContext authenticationContext;

    public AppLinks(IssueLinkManager issueLinkManager, InstalledTypes installedTypes, JiraAuthenticationContext authenticationContext) {
        this.issueLinkManager = issueLinkManager;
        this.installedTypes = installedTypes;
        this.authenticationContext = authenticationContext;
    }

    /** Links the two unless they are linked that way already; returns whether it made the link. */
    public boolean linkOnce(long postmortemId, long otherId, AppLinkType type) {
        if (find(postmortemId, otherId, type).isPresent()) {
            return false;
        }
        try {
            issueLinkManager.createIssueLink(postmortemId, otherId, typeId(type), 1L, authenticationContext.getLoggedInUser());
            return true;
        } catch (CreateException e) {
            throw new IllegalStateException("Jira could not link " + postmortemId + " to " + otherId, e);
        }
    }

    public Optional<IssueLink> find(long postmortemId, long otherId, AppLinkType type) {
        long typeId = typeId(type);
        return issueLinkManager.getOutwardLinks(postmortemId).stream()
                .filter(link -> link.getDestinationId() == otherId && link.getLinkTypeId() != null && link.getLinkTypeId() == typeId)
                .findFirst();
    }

    public long typeId(AppLinkType type) {
        return installedTypeId(type)
                .orElseThrow(() -> new IllegalStateException("The " + type.defaultName() + " link type is not installed"));
    }

    /** The link type's id, or empty while the app has not installed it (its start-up has not run yet). */
    public java.util.Optional<Long> installedTypeId(AppLinkType type) {
        return installedTypes.linkTypeId(type);
    }
}
