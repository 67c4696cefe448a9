package com.atlassian.jira.datetime;

/**
 * Stand-in (compile only). Jira-api, {@code @ThreadSafe @InjectableComponent}; the members below are as Jira's javadoc
 * lists them (docs.atlassian.com/jira/latest/com/atlassian/jira/datetime/DateTimeFormatter.html): each {@code with…}
 * and {@code for…} returns a new formatter; {@code format} uses the formatter's style, zone and locale, that is the
 * formats the Jira administrator set in the look and feel and the user's own zone and language.
 */
public interface DateTimeFormatter {
    /** "Returns a new formatter that will use the time zone and locale of the user that is logged in". */
    DateTimeFormatter forLoggedInUser();

    /** "Specifies the style to use when formatting dates." */
    DateTimeFormatter withStyle(DateTimeStyle style);

    /** "Returns a new formatter that will use the JIRA default time zone to format and parse dates." */
    DateTimeFormatter withDefaultZone();

    /** "Formats a Date as a human-readable string, using the date/time style returned by getStyle()." */
    String format(java.util.Date date);
}
