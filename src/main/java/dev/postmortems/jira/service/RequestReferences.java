package dev.postmortems.jira.service;

import dev.postmortems.jira.domain.RequestReference;

import java.util.List;
import java.util.Optional;

/**
 * The reference a form sends with a request that adds something, so that a repeat adds nothing: none when it sent
 * none (such a request is then not safe to repeat), a 400 naming {@code requestId} when it is not well formed.
 */
public final class RequestReferences {
    private RequestReferences() {
    }

    public static Optional<String> given(String requestId) {
        if (requestId == null || requestId.isBlank()) {
            return Optional.empty();
        }
        String reference = requestId.strip();
        if (!RequestReference.isWellFormed(reference)) {
            throw new InvalidInputException(List.of(new FieldError("requestId", "postmortems.error.request-id-invalid")));
        }
        return Optional.of(reference);
    }
}
