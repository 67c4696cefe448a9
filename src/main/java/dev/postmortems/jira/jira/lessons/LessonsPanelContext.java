package dev.postmortems.jira.jira.lessons;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.RequestSnapshots;
import dev.postmortems.jira.jira.SnapshotPanelContext;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.view.lessons.LessonsPresenter;

/** The Lessons panel's view model: the snapshot's answers to the meeting's five questions. */
public final class LessonsPanelContext extends SnapshotPanelContext {
    private final LessonsPresenter lessonsPresenter;

    public LessonsPanelContext(LessonsPresenter lessonsPresenter, RequestSnapshots snapshots,
            PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(snapshots, pageBuilderService, i18nResolver, "dev.postmortems.jira:lessons-resources", "lessons");
        this.lessonsPresenter = lessonsPresenter;
    }

    @Override
    protected Object model(PostmortemSnapshot postmortem) {
        return lessonsPresenter.present(postmortem);
    }
}
