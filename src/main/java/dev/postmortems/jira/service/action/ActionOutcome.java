package dev.postmortems.jira.service.action;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.service.FieldError;

import java.util.List;
import java.util.Optional;

/**
 * What became of one action of a bulk request: created (with its record), or refused with the reasons. Each
 * action succeeds or fails whole; the others are not affected.
 *
 * @param index     its place in the request, from 0
 * @param requestId the reference to send again to retry it safely
 */
public record ActionOutcome(int index, String requestId, Optional<ActionRecord> action, List<FieldError> errors) {
    public boolean created() {
        return action.isPresent();
    }
}
