package com.atlassian.jira.issue.link;

/**
 * Stand-in (compile only). Evidence: 6.3 source, 8.8.1 implementation. The real type
 * also extends OfBizValueWrapper and Comparable; the app calls none of their members.
 */
public interface IssueLinkType {
    Long getId();

    String getName();

    String getOutward();

    String getInward();

    String getStyle();
}
