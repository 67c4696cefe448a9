package dev.postmortems.jira.service;

import java.util.regex.Pattern;

/**
 * Text the app writes where Jira or Confluence render wiki markup (a ticket's description, a comment, the
 * Confluence write-up), escaped so it stays text: every character wiki markup gives a meaning (formatting,
 * links, images, mentions, macros, tables, lists, emoticons) gets a backslash, and line breaks become spaces so
 * no line of it can start a heading, a quote or a list.
 */
public final class WikiMarkup {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\{}\\[\\]*_\\-+^~?|!#():;])");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private WikiMarkup() {
    }

    /** The text on one line, every markup character escaped. */
    public static String text(String text) {
        return SPECIAL.matcher(oneLine(text)).replaceAll("\\\\$1");
    }

    /** Every kind of line break, a lone carriage return included, as a space. */
    public static String oneLine(String text) {
        return LINE_BREAK.matcher(text).replaceAll(" ");
    }
}
