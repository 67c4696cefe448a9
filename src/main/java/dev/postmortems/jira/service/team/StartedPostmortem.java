package dev.postmortems.jira.service.team;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A postmortem started from an incident, as the app keeps it.
 *
 * @param plannedDue the due date the app gave it
 * @param due        its due date in Jira, as last mirrored: another than the planned one was set by hand
 */
public record StartedPostmortem(long postmortemId, Optional<LocalDate> plannedDue, Optional<LocalDate> due) {
    /** Whether its due date is still the one the app planned, so the app may move it. */
    public boolean dueAsPlanned() {
        return plannedDue.isPresent() && plannedDue.equals(due);
    }
}
