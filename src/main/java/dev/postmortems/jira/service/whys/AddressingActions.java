package dev.postmortems.jira.service.whys;

import dev.postmortems.jira.domain.action.ActionRecord;

import java.util.List;
import java.util.Set;

/**
 * Port: the actions of a postmortem, which name the why-chains they address, and which of their tickets are still
 * linked to it — what the 5 Whys needs to say whether a root cause is treated. The Actions feature answers it, so
 * the 5 Whys depends on no other feature.
 */
public interface AddressingActions {
    List<ActionRecord> actionsOf(long postmortemId);

    Set<Long> linkedTickets(long postmortemId);
}
