package dev.postmortems.jira.service.review;

import java.util.Optional;

/**
 * The app's record of one follow-up review.
 *
 * @param ticketId the Postmortem Review ticket, once Jira created it
 */
public record ReviewRecord(long id, long issueId, String requestId, Optional<Long> ticketId) {
}
