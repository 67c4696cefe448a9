package dev.postmortems.jira.service.action;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.service.whys.AddressingActions;

import java.util.List;
import java.util.Set;

/** The postmortem's action records and the tickets still linked as its actions, for the 5 Whys. */
public final class ActionsAddressingCauses implements AddressingActions {
    private final ActionStore store;
    private final ActionTickets tickets;

    public ActionsAddressingCauses(ActionStore store, ActionTickets tickets) {
        this.store = store;
        this.tickets = tickets;
    }

    @Override
    public List<ActionRecord> actionsOf(long postmortemId) {
        return store.actionsOf(postmortemId);
    }

    @Override
    public Set<Long> linkedTickets(long postmortemId) {
        return tickets.linkedActions(postmortemId);
    }
}
