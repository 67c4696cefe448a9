package dev.postmortems.jira.service.followup;

import dev.postmortems.jira.domain.followup.FollowUpCalendar;
import dev.postmortems.jira.service.SiteTimeZone;

import java.time.Clock;
import java.time.LocalDate;

/**
 * "Today" for follow-ups, taken from the app's clock in Jira's default time zone: the one date every panel, JQL
 * function, job and default due date uses, whoever is looking and wherever they are.
 */
public final class FollowUpToday {
    private final Clock clock;
    private final SiteTimeZone site;

    public FollowUpToday(Clock clock, SiteTimeZone site) {
        this.clock = clock;
        this.site = site;
    }

    /** This moment, by the app's clock: when something was decided. */
    public java.time.Instant now() {
        return clock.instant();
    }

    public LocalDate date() {
        return FollowUpCalendar.today(clock.instant(), site.defaultZone());
    }

    /** The day a moment fell on, in Jira's default time zone: the day an incident was resolved, say. */
    public LocalDate dayOf(java.time.Instant at) {
        return FollowUpCalendar.today(at, site.defaultZone());
    }
}
