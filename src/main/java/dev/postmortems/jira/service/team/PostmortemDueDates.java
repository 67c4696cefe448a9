package dev.postmortems.jira.service.team;

import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.followup.FollowUpToday;

import java.time.LocalDate;

/**
 * The due date a postmortem gets when it is started from an incident: its project's deadline for the incident's
 * priority, in working days from the day the incident was resolved (or from today while it is open), counted in
 * Jira's default time zone as every follow-up is.
 */
public final class PostmortemDueDates {
    private final DeadlineSettings deadlines;
    private final FollowUpToday today;

    public PostmortemDueDates(DeadlineSettings deadlines, FollowUpToday today) {
        this.deadlines = deadlines;
        this.today = today;
    }

    /** @param project where the postmortem is, whose administrators set its deadlines */
    public LocalDate dueFor(Incident incident, TargetProject project) {
        return deadlines.deadlinesFor(project.key()).dueFor(incident.resolved().map(today::dayOf), today.date(), incident.priority());
    }
}
