package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in (compile only). @PublicApi interface (7.x javadoc). */
public interface QueryCreationContext {
    ApplicationUser getApplicationUser();

    boolean isSecurityOverriden();
}
