package dev.postmortems.jira.domain.whys;

import dev.postmortems.jira.domain.cause.RootCauseCategory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One high-level cause followed down to its root: a problem statement, then "why?" after "why?". When the team
 * marks the last answer as the root cause, the chain is no longer open.
 *
 * @param position  where the chain stands among the postmortem's chains (lowest first)
 * @param revision  counts saves; an edit must name the revision it started from
 * @param category  where the root cause is sorted; only a marked root cause has one, so unmarking it drops it
 */
public record WhyChain(long id, long issueId, String problem, List<WhyStep> steps, boolean rootCauseMarked,
                       int position, int revision, Optional<RootCauseCategory> category) {
    /** "About five times" is the practice; fewer is allowed, with a hint to keep asking. */
    public static final int ENOUGH_WHYS = 5;

    public WhyChain {
        Objects.requireNonNull(problem, "problem");
        steps = List.copyOf(steps);
        category = rootCauseMarked && !steps.isEmpty() ? Objects.requireNonNull(category, "category") : Optional.empty();
    }

    /** A chain whose root cause is not sorted into a category. */
    public WhyChain(long id, long issueId, String problem, List<WhyStep> steps, boolean rootCauseMarked, int position, int revision) {
        this(id, issueId, problem, steps, rootCauseMarked, position, revision, Optional.empty());
    }

    /** The last answer, once the team has marked it as the root cause. */
    public Optional<String> rootCause() {
        return rootCauseMarked && !steps.isEmpty() ? Optional.of(steps.get(steps.size() - 1).answer()) : Optional.empty();
    }

    /** Still being dug into: no root cause marked yet. */
    public boolean isOpen() {
        return rootCause().isEmpty();
    }

    /** A root cause reached in fewer than five whys: worth asking once more whether it is the real one. */
    public boolean shouldKeepAsking() {
        return !isOpen() && steps.size() < ENOUGH_WHYS;
    }
}
