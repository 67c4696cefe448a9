package com.atlassian.jira.issue.link;

/** Stand-in (compile only). Evidence: 7.x javadoc, complete 8.8.1 implementation. */
public interface IssueLink {
    Long getId();

    Long getLinkTypeId();

    Long getSourceId();

    Long getDestinationId();
}
