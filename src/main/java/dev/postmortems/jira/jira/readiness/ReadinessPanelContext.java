package dev.postmortems.jira.jira.readiness;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.RequestSnapshots;
import dev.postmortems.jira.jira.SnapshotPanelContext;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.view.readiness.ReadinessPresenter;

/** The Readiness panel's view model: the checklist computed from the snapshot the other panels show. */
public final class ReadinessPanelContext extends SnapshotPanelContext {
    private final ReadinessPresenter readinessPresenter;

    public ReadinessPanelContext(ReadinessPresenter readinessPresenter, RequestSnapshots snapshots,
            PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(snapshots, pageBuilderService, i18nResolver, "dev.postmortems.jira:readiness-resources", "readiness");
        this.readinessPresenter = readinessPresenter;
    }

    @Override
    protected Object model(PostmortemSnapshot postmortem) {
        return readinessPresenter.present(postmortem);
    }
}
