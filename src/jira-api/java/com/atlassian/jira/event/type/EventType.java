package com.atlassian.jira.event.type;

/**
 * Stand-in (compile only). Evidence: 6.3 source.: the ids are {@code java.lang.Long} fields,
 * read at run time, so name and type must match; the values are Jira's database ids.
 */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_REOPENED_ID = 7L;
    public static final Long ISSUE_DELETED_ID = 8L;
}
