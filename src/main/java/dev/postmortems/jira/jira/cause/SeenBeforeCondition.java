package dev.postmortems.jira.jira.cause;

import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.jira.IssueCondition;
import dev.postmortems.jira.jira.RequestSnapshots;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.service.cause.SeenBefore;

/**
 * Shows "Seen before" only on a Postmortem with a root cause sorted into a category and a component: its type is
 * read first, then the snapshot the page's other panels share, so deciding costs no statement more.
 */
public final class SeenBeforeCondition extends IssueCondition {
    private final InstalledTypes installedTypes;
    private final RequestSnapshots snapshots;

    public SeenBeforeCondition(InstalledTypes installedTypes, RequestSnapshots snapshots) {
        this.installedTypes = installedTypes;
        this.snapshots = snapshots;
    }

    @Override
    protected boolean shows(Issue issue) {
        return installedTypes.isPostmortem(issue) && !SeenBefore.comparableCauses(snapshots.of(issue.getKey()).chains()).isEmpty();
    }
}
