package dev.postmortems.jira.jira.jql;

import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.service.jql.FollowUpSearch;

/** {@code issue in postmortemReviewsNeedingFollowUp()}: review tickets that judged an action not effective with no follow-up. */
public final class PostmortemReviewsNeedingFollowUpFunction extends NoArgumentFunction {
    public PostmortemReviewsNeedingFollowUpFunction(FollowUpSearch search, I18nResolver i18n) {
        super("postmortemReviewsNeedingFollowUp", i18n, search::reviewsNeedingFollowUp);
    }
}
