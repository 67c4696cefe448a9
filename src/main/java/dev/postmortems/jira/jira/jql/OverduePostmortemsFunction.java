package dev.postmortems.jira.jira.jql;

import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.service.jql.FollowUpSearch;

/** {@code issue in overduePostmortems()}: unresolved postmortems past their due date. */
public final class OverduePostmortemsFunction extends NoArgumentFunction {
    public OverduePostmortemsFunction(FollowUpSearch search, I18nResolver i18n) {
        super("overduePostmortems", i18n, search::overduePostmortems);
    }
}
