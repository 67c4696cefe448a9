package dev.postmortems.jira.domain.readiness;

import dev.postmortems.jira.domain.readiness.ReadinessCheck.ActionOwner;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import org.junit.Test;

import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;

/** Which readiness items keep a postmortem from being closed: part of the rule, not of the validator. */
public class ClosingRuleTest {
    @Test
    public void anUnassignedActionAndAMissingReviewBlockClosingTheOtherItemsOnlyAdvise() {
        Readiness readiness = ReadinessCheck.of(List.<TimelineTag>of(), List.of(), Set.of(),
                List.of(new ActionOwner("OPS-3", false), new ActionOwner("OPS-4", true)), false, true);

        assertEquals(List.of(ReadinessRule.ACTION_OWNERS, ReadinessRule.REVIEW_SCHEDULED),
                readiness.blockingClosing().stream().map(ReadinessItem::rule).toList());
        assertEquals(List.of("OPS-3"), readiness.item(ReadinessRule.ACTION_OWNERS).missing());
    }

    @Test
    public void aPostmortemWithoutActionsYetIsNotBlockedForTheirOwners() {
        Readiness readiness = ReadinessCheck.of(List.of(TimelineTag.DETECTED), List.of(), Set.of(), List.of(), true, true);

        assertEquals(false, readiness.item(ReadinessRule.ACTION_OWNERS).met());
        assertEquals(List.of(), readiness.blockingClosing());
    }
}
