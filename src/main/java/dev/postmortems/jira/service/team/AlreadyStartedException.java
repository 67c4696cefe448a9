package dev.postmortems.jira.service.team;

import java.util.List;

/** The incident already has a postmortem and a second one was not asked for: answered as 409 with the existing ones. */
public final class AlreadyStartedException extends RuntimeException {
    private final transient List<LinkedIssue> existing;

    public AlreadyStartedException(List<LinkedIssue> existing) {
        super("The incident already has a postmortem");
        this.existing = List.copyOf(existing);
    }

    public List<LinkedIssue> existing() {
        return existing;
    }
}
