package dev.postmortems.jira.domain.team;

import java.time.Instant;
import java.util.Optional;

/**
 * A decision that an incident the policy asks a postmortem for needs none: why, who decided and when.
 *
 * @param waivedBy the Jira user key of the person who waived it
 */
public record Waiver(String reason, String waivedBy, Instant waivedAt) {
    /** A reason is a sentence or a paragraph, not a document. */
    public static final int MAX_REASON = 2000;

    /** What is wrong with a reason as given, as a message code: empty when it may be recorded. */
    public static Optional<String> problemWith(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of("reason-required");
        }
        return reason.strip().length() > MAX_REASON ? Optional.of("reason-too-long") : Optional.empty();
    }
}
