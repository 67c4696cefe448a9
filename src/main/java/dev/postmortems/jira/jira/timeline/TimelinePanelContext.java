package dev.postmortems.jira.jira.timeline;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.service.timeline.TimelinePresenter;
import dev.postmortems.jira.service.timeline.TimelineService;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives the Timeline panel's template its view model: the timeline as the viewer sees it. Reads the timeline
 * in one query however long it is, and asks for the panel's script and styles only on pages that show it.
 */
public final class TimelinePanelContext implements ContextProvider {
    static final String RESOURCES = "dev.postmortems.jira:timeline-resources";

    private final TimelineService timelineService;
    private final TimelinePresenter timelinePresenter;
    private final PageBuilderService pageBuilderService;
    private final I18nResolver i18nResolver;

    public TimelinePanelContext(TimelineService timelineService, TimelinePresenter timelinePresenter,
                                PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        this.timelineService = timelineService;
        this.timelinePresenter = timelinePresenter;
        this.pageBuilderService = pageBuilderService;
        this.i18nResolver = i18nResolver;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Issue issue = (Issue) context.get("issue");
        pageBuilderService.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> panel = new HashMap<>(context);
        panel.put("timeline", timelinePresenter.present(timelineService.timeline(issue.getKey())));
        panel.put("i18n", i18nResolver);
        return panel;
    }
}
