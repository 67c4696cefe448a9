package com.atlassian.jira.issue;

/**
 * Stand-in (compile only). Evidence: 6.3 source; getName called on 8.8.1 and 11.3.1.
 * The real type also extends Comparable; the app never compares constants, so that supertype is left out.
 */
public interface IssueConstant {
    /** A String id, not a Long. */
    String getId();

    String getName();

    String getDescription();
}
