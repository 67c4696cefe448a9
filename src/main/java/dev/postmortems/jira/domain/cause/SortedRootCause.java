package dev.postmortems.jira.domain.cause;

import java.util.Objects;

/** A postmortem's root cause (its why-chain) and where it is sorted. */
public record SortedRootCause(long issueId, long chainId, RootCauseCategory category) {
    public SortedRootCause {
        Objects.requireNonNull(category, "category");
    }

    /**
     * Whether this root cause was seen before in {@code earlier}: the same cause (category and component) in a
     * postmortem created before this one's (Jira's issue ids grow as issues are created).
     */
    public boolean seenBeforeIn(SortedRootCause earlier) {
        return earlier.issueId < issueId && category.sameCauseAs(earlier.category);
    }
}
