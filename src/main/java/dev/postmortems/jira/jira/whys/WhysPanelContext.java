package dev.postmortems.jira.jira.whys;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.RequestSnapshots;
import dev.postmortems.jira.jira.SnapshotPanelContext;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.view.whys.WhysPresenter;

/** The 5 Whys panel's view model: the snapshot's chains, each with the actions that treat it. */
public final class WhysPanelContext extends SnapshotPanelContext {
    private final WhysPresenter whysPresenter;

    public WhysPanelContext(WhysPresenter whysPresenter, RequestSnapshots snapshots,
            PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(snapshots, pageBuilderService, i18nResolver, "dev.postmortems.jira:whys-resources", "whys");
        this.whysPresenter = whysPresenter;
    }

    @Override
    protected Object model(PostmortemSnapshot postmortem) {
        return whysPresenter.present(postmortem);
    }
}
