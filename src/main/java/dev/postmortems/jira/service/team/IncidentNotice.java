package dev.postmortems.jira.service.team;

import dev.postmortems.jira.domain.team.IncidentStanding;
import dev.postmortems.jira.domain.team.Waiver;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the notice on an incident says: that it needs a postmortem and by when, or that it was waived.
 *
 * @param due      when the postmortem would be due if started now (only while it is needed)
 * @param editable whether the reader may waive the postmortem or withdraw the waiver
 * @param startable whether the reader may start a postmortem somewhere
 */
public record IncidentNotice(long incidentId, String incidentKey, IncidentStanding standing, Optional<LocalDate> due,
                             Optional<Waiver> waiver, boolean editable,
                             boolean startable) {
}
