package dev.postmortems.jira.service;

import java.util.List;

/** Jira refused to create a ticket, with its own reasons (already in the user's language). */
public final class TicketRefusedException extends RuntimeException {
    private final List<String> reasons;

    public TicketRefusedException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
