package dev.postmortems.jira.domain.timeline;

import java.util.Optional;

/**
 * One non-blank line of a paste, as understood: a draft entry, or the reason it was not understood.
 *
 * @param number 1-based line number in the pasted text
 */
public record PastedLine(int number, String line, Optional<TimelineEntryDraft> draft, Optional<TimelineProblem> problem) {
    public boolean understood() {
        return draft.isPresent();
    }
}
