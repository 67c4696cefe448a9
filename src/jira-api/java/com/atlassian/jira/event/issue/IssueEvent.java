package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in (compile only). A final class; getIssue and getEventTypeId confirmed in 6.3
 * source and called by an app compiled against 8.8.1. The constructor is the stand-in's own, for tests: the app
 * never constructs events, so no real constructor needs copying.
 */
public final class IssueEvent {
    private final Issue issue;
    private final Long eventTypeId;

    public IssueEvent(Issue issue, Long eventTypeId) {
        this.issue = issue;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}
