package dev.postmortems.jira.domain.action;

import org.junit.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ActionStandingTest {
    private static final long CHAIN = 7L;

    @Test
    public void givenATicketThatExistsAndIsLinked_thenTheActionStandsAndTreatsItsChain() {
        ActionRecord action = action(1, Optional.of(100L));

        assertTrue(ActionStanding.stands(action, Set.of(100L), Set.of(100L)));
        assertEquals(Set.of(CHAIN), ActionStanding.treatedChains(List.of(action), Set.of(100L), Set.of(100L), Set.of()));
    }

    @Test
    public void givenATicketUnlinkedDeletedOrNotYetCreated_thenTheActionNoLongerStands() {
        assertFalse(ActionStanding.stands(action(1, Optional.of(100L)), Set.of(100L), Set.of()));
        assertFalse(ActionStanding.stands(action(1, Optional.of(100L)), Set.of(), Set.of(100L)));
        assertFalse(ActionStanding.stands(action(1, Optional.empty()), Set.of(100L), Set.of(100L)));
        assertEquals(Set.of(), ActionStanding.treatedChains(List.of(action(1, Optional.of(100L))), Set.of(100L), Set.of(), Set.of()));
    }

    @Test
    public void aChainIsTreatedWhenAnyOfItsActionsStands() {
        List<ActionRecord> actions = List.of(action(1, Optional.of(100L)), action(2, Optional.of(200L)));

        assertEquals(Set.of(CHAIN), ActionStanding.treatedChains(actions, Set.of(100L, 200L), Set.of(200L), Set.of()));
    }

    @Test
    public void anActionAReviewDiscountedTreatsNothingWhileAnotherStandingActionStillDoes() {
        List<ActionRecord> actions = List.of(action(1, Optional.of(100L)), action(2, Optional.of(200L)));

        assertEquals(Set.of(), ActionStanding.treatedChains(actions, Set.of(100L, 200L), Set.of(100L), Set.of(1L)));
        assertEquals(Set.of(CHAIN), ActionStanding.treatedChains(actions, Set.of(100L, 200L), Set.of(100L, 200L), Set.of(1L)));
        assertEquals(Set.of(), ActionStanding.treatedChains(actions, Set.of(100L, 200L), Set.of(100L, 200L), Set.of(1L, 2L)));
    }

    private static ActionRecord action(long id, Optional<Long> ticketId) {
        return new ActionRecord(id, 1L, "req-" + id, ticketId, ActionKind.CORRECTIVE, Optional.of(CHAIN));
    }
}
