package dev.postmortems.jira.domain.team;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The postmortem meeting: when, how long and where, as its organiser set it. "The team blocks an hour or two on the
 * calendar." Each change raises the sequence, so a calendar that has the invitation takes the update for the same
 * event (iCalendar's SEQUENCE, with the same UID).
 *
 * @param timeZone  the organiser's time zone, named in the invitation
 * @param organizer the username of the person who last set it
 * @param sequence  0 for the first version, one more for each change
 * @param uid       the invitation's unique id, the same for every version
 */
public record Meeting(Instant startsAt, int minutes, String place, ZoneId timeZone, String organizer, int sequence, String uid) {
    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }
}
