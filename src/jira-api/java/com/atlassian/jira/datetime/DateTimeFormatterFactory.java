package com.atlassian.jira.datetime;

/**
 * Stand-in (compile only). Jira-api, an injectable component since Jira 4.4; the member below is as Jira's javadoc
 * lists it (docs.atlassian.com/jira/latest/com/atlassian/jira/datetime/DateTimeFormatterFactory.html): "Creates a new
 * DateTimeFormatter that uses the JIRA default time zone, locale, and relative date style."
 */
public interface DateTimeFormatterFactory {
    DateTimeFormatter formatter();
}
