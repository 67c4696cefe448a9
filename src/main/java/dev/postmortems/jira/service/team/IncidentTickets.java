package dev.postmortems.jira.service.team;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Port: incidents as Jira has them, for the policy. */
public interface IncidentTickets {
    /** The issue, if the current user may see it. */
    Optional<IncidentFacts> visible(String issueKey);

    /** Whether the current user may edit the issue: who may waive its postmortem or withdraw the waiver. */
    boolean canEdit(long issueId);

    /** The project's id, whoever asks: the scan runs in the background, as nobody. */
    Optional<Long> projectId(String projectKey);

    /** Every issue of the project, a batch at a time, for the scan that follows a changed policy. */
    void eachBatch(long projectId, Consumer<List<IncidentFacts>> batch);
}
