package dev.postmortems.jira.store.testing;

import dev.postmortems.jira.service.followup.IssueState;

import java.time.LocalDate;
import java.util.Optional;

/** Issue states for the stores' tests: an issue, not a postmortem, known only by due day and resolution. */
public final class IssueStates {
    private IssueStates() {
    }

    public static IssueState dated(Optional<LocalDate> due, boolean resolved) {
        return new IssueState(due, resolved, Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
