package dev.postmortems.jira.jira.jql;

import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.service.jql.FollowUpSearch;

/** {@code issue in overduePostmortemActions()}: Unresolved action tickets past their due date. */
public final class OverduePostmortemActionsFunction extends NoArgumentFunction {
    public OverduePostmortemActionsFunction(FollowUpSearch search, I18nResolver i18n) {
        super("overduePostmortemActions", i18n, search::overdueActions);
    }
}
