package dev.postmortems.jira.jira.timeline;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import dev.postmortems.jira.service.timeline.TimelinePresenter;
import dev.postmortems.jira.service.timeline.TimelineService;

/** The Timeline panel's view model: the timeline as the viewer sees it, read in one query however long it is. */
public final class TimelinePanelContext extends PostmortemPanelContext {
    private final TimelineService timelineService;
    private final TimelinePresenter timelinePresenter;

    public TimelinePanelContext(TimelineService timelineService, TimelinePresenter timelinePresenter,
                                PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:timeline-resources", "timeline");
        this.timelineService = timelineService;
        this.timelinePresenter = timelinePresenter;
    }

    @Override
    protected Object model(Issue postmortem) {
        return timelinePresenter.present(timelineService.timeline(postmortem.getKey()));
    }
}
