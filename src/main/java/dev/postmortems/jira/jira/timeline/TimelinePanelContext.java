package dev.postmortems.jira.jira.timeline;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.RequestSnapshots;
import dev.postmortems.jira.jira.SnapshotPanelContext;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.view.timeline.TimelinePresenter;

/** The Timeline panel's view model: the snapshot's entries in the reader's time zone. */
public final class TimelinePanelContext extends SnapshotPanelContext {
    private final TimelinePresenter timelinePresenter;

    public TimelinePanelContext(TimelinePresenter timelinePresenter, RequestSnapshots snapshots,
            PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(snapshots, pageBuilderService, i18nResolver, "dev.postmortems.jira:timeline-resources", "timeline");
        this.timelinePresenter = timelinePresenter;
    }

    @Override
    protected Object model(PostmortemSnapshot postmortem) {
        return timelinePresenter.present(postmortem);
    }
}
