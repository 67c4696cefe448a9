package dev.postmortems.jira.jira.lessons;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import dev.postmortems.jira.service.lessons.LessonsPresenter;
import dev.postmortems.jira.service.lessons.LessonsService;

/** The Lessons panel's view model: one query for the answers, whatever their length. */
public final class LessonsPanelContext extends PostmortemPanelContext {
    private final LessonsService lessonsService;
    private final LessonsPresenter lessonsPresenter;

    public LessonsPanelContext(LessonsService lessonsService, LessonsPresenter lessonsPresenter, PageBuilderService pageBuilderService,
                               I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:lessons-resources", "lessons");
        this.lessonsService = lessonsService;
        this.lessonsPresenter = lessonsPresenter;
    }

    @Override
    protected Object model(Issue postmortem) {
        return lessonsPresenter.present(lessonsService.lessons(postmortem.getKey()));
    }
}
