package dev.postmortems.jira.jira.jql;

import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.service.jql.FollowUpSearch;

/** {@code issue in overduePostmortemReviews()}: Unresolved Postmortem Review tickets past their due date. */
public final class OverduePostmortemReviewsFunction extends NoArgumentFunction {
    public OverduePostmortemReviewsFunction(FollowUpSearch search, I18nResolver i18n) {
        super("overduePostmortemReviews", i18n, search::overdueReviews);
    }
}
