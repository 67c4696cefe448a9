package dev.postmortems.jira.jira.cause;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.RequestSnapshots;
import dev.postmortems.jira.jira.SnapshotPanelContext;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.view.cause.SeenBeforePresenter;

/** The "Seen before" panel's view model: earlier postmortems with the same cause. */
public final class SeenBeforePanelContext extends SnapshotPanelContext {
    private final SeenBeforePresenter presenter;

    public SeenBeforePanelContext(SeenBeforePresenter presenter, RequestSnapshots snapshots, PageBuilderService pageBuilderService,
                                  I18nResolver i18nResolver) {
        super(snapshots, pageBuilderService, i18nResolver, "dev.postmortems.jira:seen-before-resources", "seenBefore");
        this.presenter = presenter;
    }

    @Override
    protected Object model(PostmortemSnapshot postmortem) {
        return presenter.present(postmortem);
    }
}
