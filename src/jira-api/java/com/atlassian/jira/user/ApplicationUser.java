package com.atlassian.jira.user;

/** Stand-in (compile only). Evidence: 7.0 javadoc, 11.3.1 call sites. */
public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();
}
