package dev.postmortems.jira.service.team;

import dev.postmortems.jira.domain.team.IncidentStanding;

import java.util.List;
import java.util.Optional;

/** Port: the incidents a policy asked a postmortem for, or that were waived, with their standing stored for JQL. */
public interface IncidentStore {
    Optional<IncidentRecord> find(long incidentId);

    /** What is kept of these incidents, by id, in one query (the policy scan's batches). */
    java.util.Map<Long, IncidentRecord> findAll(java.util.Collection<Long> incidentIds);

    /** Writes the record and its standing, replacing what was kept of the incident. */
    void save(IncidentRecord record);

    /** The incidents of this standing — of one project, or of all — in one indexed query. */
    List<Long> incidents(IncidentStanding standing, Optional<Long> projectId);

    int deleteAllOf(long issueId);
}
