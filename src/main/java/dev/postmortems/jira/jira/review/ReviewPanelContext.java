package dev.postmortems.jira.jira.review;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.RequestSnapshots;
import dev.postmortems.jira.jira.SnapshotPanelContext;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.view.review.ReviewPresenter;

/** The Follow-up review panel's view model: the review ticket as Jira has it, and the actions' progress. */
public final class ReviewPanelContext extends SnapshotPanelContext {
    private final ReviewPresenter reviewPresenter;

    public ReviewPanelContext(ReviewPresenter reviewPresenter, RequestSnapshots snapshots,
            PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(snapshots, pageBuilderService, i18nResolver, "dev.postmortems.jira:review-resources", "review");
        this.reviewPresenter = reviewPresenter;
    }

    @Override
    protected Object model(PostmortemSnapshot postmortem) {
        return reviewPresenter.present(postmortem);
    }
}
