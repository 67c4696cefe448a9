package dev.postmortems.jira.service.team;

import java.util.Optional;

/** Port: requests to start a postmortem, kept so a retry finds what the first attempt created. */
public interface StartStore {
    Optional<StartRequest> findByRequest(String requestId);

    void createPending(String requestId, long incidentId);

    void recordPostmortem(String requestId, long postmortemId);

    void delete(String requestId);

    /** The issue is gone from Jira: the requests that started it, or that started from it, go too. */
    int deleteAllOf(long issueId);
}
