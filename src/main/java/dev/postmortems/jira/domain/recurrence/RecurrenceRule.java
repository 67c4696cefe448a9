package dev.postmortems.jira.domain.recurrence;

import java.util.Optional;
import java.util.Set;

/**
 * What counts as a recurrence of a postmortem's problem: a later issue that is not itself a postmortem, and is not
 * part of the postmortem — the incident it analyses, its follow-up review or one of its actions are the same
 * occurrence, not the problem coming back.
 */
public final class RecurrenceRule {
    public enum Problem {
        /** The issue is a postmortem: postmortems are marked as recurrences of nothing. */
        IS_POSTMORTEM,
        /** The issue belongs to the postmortem itself. */
        PART_OF_POSTMORTEM
    }

    private RecurrenceRule() {
    }

    /**
     * @param partOfPostmortem the issues that belong to the postmortem: its incidents, actions and review
     * @return why the issue cannot be marked as a recurrence, or empty when it can
     */
    public static Optional<Problem> problem(long issueId, boolean issueIsPostmortem, Set<Long> partOfPostmortem) {
        if (issueIsPostmortem) {
            return Optional.of(Problem.IS_POSTMORTEM);
        }
        return partOfPostmortem.contains(issueId) ? Optional.of(Problem.PART_OF_POSTMORTEM) : Optional.empty();
    }
}
