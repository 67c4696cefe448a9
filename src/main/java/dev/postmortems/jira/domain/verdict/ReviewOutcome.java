package dev.postmortems.jira.domain.verdict;

import java.util.Locale;

/**
 * Where one follow-up review leaves the postmortem ({@link ReviewLoop#outcomeAt}): the loop is closed when every
 * action it had to judge has a verdict and none judged not effective lacks a follow-up action.
 */
public enum ReviewOutcome {
    /** Some action has no verdict from this review yet, and none judged not effective lacks a follow-up. */
    AWAITING_VERDICTS,
    /** An action this review judged not effective has no follow-up action. */
    FOLLOW_UP_NEEDED,
    LOOP_CLOSED;

    /** The name REST, JQL, templates and the stored mirror use. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
