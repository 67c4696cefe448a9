package dev.postmortems.jira.view;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Dates and times as the reader's Jira shows them: in the formats Jira's administrator chose (Jira's look and feel),
 * the reader's language and, for moments, the reader's time zone. Every date a panel, a REST display text or a
 * message shows is written here, so one page never shows a date two ways. JSON data keeps ISO dates beside them.
 */
public interface DateTexts {
    /** A follow-up's calendar day (a due date), which the app counts in Jira's default time zone. */
    String day(LocalDate day);

    /** The day a moment fell on, for the reader. */
    String dayOf(Instant at);

    /** A moment, date and time, for the reader. */
    String moment(Instant at);
}
