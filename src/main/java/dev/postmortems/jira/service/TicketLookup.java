package dev.postmortems.jira.service;

import java.util.Collection;
import java.util.Map;

/** Port: Jira issues by id, for the current user, in one batch whatever their number. */
public interface TicketLookup {
    /** By id; ids of issues that no longer exist are missing from the map. */
    Map<Long, Ticket> tickets(Collection<Long> issueIds);
}
