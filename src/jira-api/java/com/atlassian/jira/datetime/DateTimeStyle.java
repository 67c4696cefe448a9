package com.atlassian.jira.datetime;

/**
 * Stand-in (compile only). Jira-api; the constants as Jira's javadoc lists them
 * (docs.atlassian.com/jira/latest/com/atlassian/jira/datetime/DateTimeStyle.html). The app uses {@code DATE} ("the date
 * (day, month, and year)") and {@code COMPLETE} ("the date and time"), in the formats Jira's administrator chose.
 */
public enum DateTimeStyle {
    TIME,
    DATE,
    COMPLETE,
    RELATIVE,
    DATE_TIME_PICKER,
    DATE_PICKER,
    RELATIVE_WITH_TIME_ONLY,
    RELATIVE_ALWAYS_WITH_TIME,
    RELATIVE_WITHOUT_TIME,
    ISO_8601_DATE_TIME,
    ISO_8601_DATE,
    RSS_RFC822_DATE_TIME
}
