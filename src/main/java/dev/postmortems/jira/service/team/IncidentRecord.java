package dev.postmortems.jira.service.team;

import dev.postmortems.jira.domain.team.IncidentStanding;
import dev.postmortems.jira.domain.team.Waiver;

import java.util.Optional;

/**
 * What the app keeps of an incident its project's policy asked a postmortem for, or that someone waived.
 *
 * @param required whether the policy asked for a postmortem when the incident last changed (or was last scanned)
 * @param started  whether a postmortem was started from it
 */
public record IncidentRecord(long incidentId, long projectId, boolean required, boolean started, Optional<Waiver> waiver) {
    public IncidentStanding standing() {
        return IncidentStanding.of(required, started, waiver.isPresent());
    }
}
