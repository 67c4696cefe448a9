package dev.postmortems.jira.jira.jql;

import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.service.jql.FollowUpSearch;

/** {@code issue in postmortemsWithOpenActions()}: Postmortems with at least one unresolved action ticket. */
public final class PostmortemsWithOpenActionsFunction extends NoArgumentFunction {
    public PostmortemsWithOpenActionsFunction(FollowUpSearch search, I18nResolver i18n) {
        super("postmortemsWithOpenActions", i18n, search::postmortemsWithOpenActions);
    }
}
