package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Locale;

/** Stand-in (compile only). Complete abstract set confirmed by an 8.8.1 implementation. */
public interface JiraAuthenticationContext {
    /** Null when nobody is logged in. */
    ApplicationUser getLoggedInUser();

    Locale getLocale();
}
