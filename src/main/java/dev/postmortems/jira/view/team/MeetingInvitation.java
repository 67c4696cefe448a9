package dev.postmortems.jira.view.team;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import dev.postmortems.jira.domain.team.Meeting;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * A postmortem's meeting as an iCalendar file (RFC 5545), written by the biweekly library, which escapes every text
 * and folds long lines, so no summary or place can break out of its property. Times are in UTC; the organiser's
 * zone is named (X-WR-TIMEZONE, and in the description). Every version keeps the meeting's UID and carries its
 * sequence, so a calendar replaces the event it has rather than adding a second one.
 */
public final class MeetingInvitation {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private MeetingInvitation() {
    }

    /**
     * @param summary the postmortem's summary, the event's title
     * @param url     the postmortem's address in Jira
     * @param now     when the file is written (its DTSTAMP)
     */
    public static String ics(Meeting meeting, String postmortemKey, String summary, String url, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Postmortems for Jira//EN");
        calendar.setMethod(Method.PUBLISH);
        calendar.addExperimentalProperty("X-WR-TIMEZONE", meeting.timeZone().getId());
        VEvent event = new VEvent();
        event.setUid(meeting.uid());
        event.setSequence(meeting.sequence());
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(Date.from(meeting.startsAt()));
        event.setDateEnd(Date.from(meeting.endsAt()));
        event.setSummary(summary);
        if (!meeting.place().isEmpty()) {
            event.setLocation(meeting.place());
        }
        event.setUrl(url);
        event.setDescription(postmortemKey + " \u2014 " + url + "\n" + LOCAL.format(meeting.startsAt().atZone(meeting.timeZone()))
                + " (" + meeting.timeZone().getId() + "), " + meeting.minutes() + " min");
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }
}
