package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;

/** What Jira's search hands a JQL function: who searches, with Jira's security applied. */
public record SearchContext(ApplicationUser searcher) implements QueryCreationContext {
    @Override
    public ApplicationUser getApplicationUser() {
        return searcher;
    }

    @Override
    public boolean isSecurityOverriden() {
        return false;
    }
}
