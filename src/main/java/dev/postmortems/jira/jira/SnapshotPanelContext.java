package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;

/**
 * A panel whose view model is a projection of the postmortem's snapshot, which every such panel of the page shares:
 * the issue view reads the app's tables and the tickets once, however many panels it shows.
 */
public abstract class SnapshotPanelContext extends PostmortemPanelContext {
    private final RequestSnapshots snapshots;

    protected SnapshotPanelContext(RequestSnapshots snapshots, PageBuilderService pageBuilderService, I18nResolver i18nResolver,
                                   String resources, String modelName) {
        super(pageBuilderService, i18nResolver, resources, modelName);
        this.snapshots = snapshots;
    }

    @Override
    protected final Object model(Issue postmortem) {
        return model(snapshots.of(postmortem.getKey()));
    }

    protected abstract Object model(PostmortemSnapshot postmortem);
}
