package dev.postmortems.jira.domain.action;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an action still stands for its postmortem: its ticket exists in Jira and is still linked to the
 * postmortem with the Postmortem Action link. An action that no longer stands shows as gone, treats no root cause
 * and needs no owner — in the Actions and 5 Whys panels, the readiness checklist, the workflow validator and the
 * write-up alike. A root cause is <em>treated</em> when an action that stands addresses its why-chain and no review
 * judged that action not effective or dropped it ({@code ReviewLoop.discounted}): a fix that did not work
 * leaves its root cause untreated again, until a follow-up action addresses it.
 */
public final class ActionStanding {
    private ActionStanding() {
    }

    /**
     * @param existingTickets the tickets Jira still has (visible to the reader or not)
     * @param linkedTickets   the tickets linked to the postmortem as its actions
     */
    public static boolean stands(ActionRecord action, Set<Long> existingTickets, Set<Long> linkedTickets) {
        return action.ticketId().filter(existingTickets::contains).filter(linkedTickets::contains).isPresent();
    }

    /**
     * The why-chains whose root cause an action that stands, and still counts, addresses: the treated ones.
     *
     * @param discounted the actions a review judged not to count any more, by id ({@code ReviewLoop.discounted})
     */
    public static Set<Long> treatedChains(Collection<ActionRecord> actions, Set<Long> existingTickets, Set<Long> linkedTickets,
                                          Set<Long> discounted) {
        return actions.stream().filter(action -> stands(action, existingTickets, linkedTickets))
                .filter(action -> !discounted.contains(action.id()))
                .flatMap(action -> action.chainId().stream()).collect(Collectors.toSet());
    }
}
