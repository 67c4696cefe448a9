package dev.postmortems.jira.service.team;

import dev.postmortems.jira.service.RetrySafeCreation;
import dev.postmortems.jira.service.followup.FollowUpStore;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: requests to start a postmortem, kept so a retry finds what the first attempt created; and, as a follow-up
 * store, the started postmortems' due dates and resolutions as mirrored from Jira.
 */
public interface StartStore extends FollowUpStore, RetrySafeCreation.Requests<StartRequest> {
    Optional<StartRequest> findByRequest(String requestId);

    /** @param plannedDue the due date the postmortem is created with */
    void createPending(String requestId, long incidentId, LocalDate plannedDue);

    /** The postmortems started from the incident that exist, in one indexed query. */
    List<StartedPostmortem> startedFrom(long incidentId);

    /** Of these incidents, those a postmortem was started from that exists, in one query (the policy scan's batches). */
    java.util.Set<Long> startedAmong(java.util.Collection<Long> incidentIds);

    /** The app moved the postmortem's due date: it is the planned one now. */
    void replan(long postmortemId, LocalDate plannedDue);

    void recordPostmortem(String requestId, long postmortemId);

    void delete(String requestId);

    /** The issue is gone from Jira: the requests that started it, or that started from it, go too. */
    int deleteAllOf(long issueId);

    @Override
    default Optional<StartRequest> byReference(String requestId) {
        return findByRequest(requestId);
    }

    @Override
    default long ownerOf(StartRequest request) {
        return request.incidentId();
    }

    @Override
    default Optional<Long> ticketOf(StartRequest request) {
        return request.postmortemId();
    }

    @Override
    default StartRequest noteTicket(StartRequest request, long postmortemId) {
        recordPostmortem(request.requestId(), postmortemId);
        return new StartRequest(request.requestId(), request.incidentId(), Optional.of(postmortemId));
    }

    @Override
    default void forget(StartRequest request) {
        delete(request.requestId());
    }
}
