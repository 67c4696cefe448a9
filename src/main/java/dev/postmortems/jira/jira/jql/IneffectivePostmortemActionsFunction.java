package dev.postmortems.jira.jira.jql;

import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.service.jql.FollowUpSearch;

/** {@code issue in ineffectivePostmortemActions()}: action tickets judged not effective that have no follow-up action yet. */
public final class IneffectivePostmortemActionsFunction extends NoArgumentFunction {
    public IneffectivePostmortemActionsFunction(FollowUpSearch search, I18nResolver i18n) {
        super("ineffectivePostmortemActions", i18n, search::ineffectiveActions);
    }
}
