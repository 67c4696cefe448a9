package dev.postmortems.jira.service.team;

import java.util.Optional;

/**
 * A recorded request to start a postmortem of an incident.
 *
 * @param postmortemId the Postmortem issue's id once Jira created it; empty while the request is pending
 */
public record StartRequest(String requestId, long incidentId, Optional<Long> postmortemId) {
}
