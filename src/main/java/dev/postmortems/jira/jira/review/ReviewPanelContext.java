package dev.postmortems.jira.jira.review;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import dev.postmortems.jira.service.review.ReviewService;

/** The Follow-up review panel's view model: the review ticket as Jira has it, and the action progress. */
public final class ReviewPanelContext extends PostmortemPanelContext {
    private final ReviewService reviewService;

    public ReviewPanelContext(ReviewService reviewService, PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:review-resources", "review");
        this.reviewService = reviewService;
    }

    @Override
    protected Object model(Issue postmortem) {
        return reviewService.review(postmortem.getKey());
    }
}
