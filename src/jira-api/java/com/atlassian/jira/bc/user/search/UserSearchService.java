package com.atlassian.jira.bc.user.search;

/**
 * Stand-in (compile only). Jira 7.0.4 javadoc ({@code docs.atlassian.com/jira/7.0.4/.../UserSearchService.html}):
 * {@code Iterable<String> findUserKeysByFullName(String fullName)} — the keys of users with exactly that full name.
 * An interface, @PublicApi since 7.0.
 */
public interface UserSearchService {
    Iterable<String> findUserKeysByFullName(String fullName);
}
