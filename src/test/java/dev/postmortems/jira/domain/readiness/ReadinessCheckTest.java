package dev.postmortems.jira.domain.readiness;

import dev.postmortems.jira.domain.readiness.ReadinessCheck.ActionOwner;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyStep;
import org.junit.Test;

import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ReadinessCheckTest {
    private static final WhyChain ROOTED = chain(1, "The application went down", true);
    private static final WhyChain OPEN = chain(2, "Search timed out", false);
    private static final List<TimelineTag> BOTH = List.of(TimelineTag.DETECTED, TimelineTag.RESOLVED);

    @Test
    public void aCompletePostmortemMeetsEveryRuleInOrder() {
        Readiness readiness = ReadinessCheck.of(BOTH, List.of(ROOTED), Set.of(1L), List.of(new ActionOwner("OPS-3", true)), true, true);

        assertTrue(readiness.ready());
        assertEquals(6, readiness.met());
        assertEquals(List.of(ReadinessRule.values()), readiness.items().stream().map(ReadinessItem::rule).toList());
    }

    @Test
    public void aMeetingNotScheduledIsMissingButKeepsNothingFromClosing() {
        Readiness readiness = ReadinessCheck.of(BOTH, List.of(ROOTED), Set.of(1L), List.of(new ActionOwner("OPS-3", true)), true, false);

        assertFalse(readiness.ready());
        assertFalse(readiness.item(ReadinessRule.MEETING_SCHEDULED).met());
        assertEquals(ReadinessRule.MEETING_SCHEDULED, readiness.items().get(0).rule());
        assertEquals(List.of(), readiness.blockingClosing());
    }

    @Test
    public void theTimelineNeedsBothTheDetectedAndTheResolvedMoment() {
        assertEquals(List.of("detected", "resolved"), item(ReadinessRule.TIMELINE_MOMENTS, List.of(), List.of(ROOTED)).missing());
        assertEquals(List.of("resolved"), item(ReadinessRule.TIMELINE_MOMENTS,
                List.of(TimelineTag.DETECTED, TimelineTag.MITIGATED), List.of(ROOTED)).missing());
        assertTrue(item(ReadinessRule.TIMELINE_MOMENTS, BOTH, List.of(ROOTED)).met());
    }

    @Test
    public void everyChainNeedsARootCauseAndThereMustBeOne() {
        ReadinessItem none = item(ReadinessRule.ROOT_CAUSES, BOTH, List.of());
        assertFalse(none.met());
        assertEquals(List.of(), none.missing());
        ReadinessItem open = item(ReadinessRule.ROOT_CAUSES, BOTH, List.of(ROOTED, OPEN));
        assertFalse(open.met());
        assertEquals(List.of("Search timed out"), open.missing());
        assertTrue(item(ReadinessRule.ROOT_CAUSES, BOTH, List.of(ROOTED)).met());
    }

    @Test
    public void everyRootCauseNeedsAnActionAndOpenChainsDoNotCount() {
        WhyChain other = chain(3, "Alerts were late", true);
        Readiness readiness = ReadinessCheck.of(BOTH, List.of(ROOTED, OPEN, other), Set.of(1L), List.of(), true, true);
        ReadinessItem treated = readiness.item(ReadinessRule.ROOT_CAUSES_TREATED);
        assertFalse(treated.met());
        assertEquals(List.of("Alerts were late"), treated.missing());
        assertFalse("no root cause at all is not treated", ReadinessCheck.of(BOTH, List.of(OPEN), Set.of(), List.of(), true, true)
                .item(ReadinessRule.ROOT_CAUSES_TREATED).met());
    }

    @Test
    public void everyActionNeedsAnOwnerAndThereMustBeOne() {
        ReadinessItem none = ReadinessCheck.of(BOTH, List.of(ROOTED), Set.of(), List.of(), true, true).item(ReadinessRule.ACTION_OWNERS);
        assertFalse(none.met());
        assertEquals(List.of(), none.missing());
        ReadinessItem unowned = ReadinessCheck.of(BOTH, List.of(ROOTED), Set.of(1L),
                List.of(new ActionOwner("OPS-3", true), new ActionOwner("OPS-4", false)), true, true).item(ReadinessRule.ACTION_OWNERS);
        assertFalse(unowned.met());
        assertEquals(List.of("OPS-4"), unowned.missing());
    }

    @Test
    public void aReviewMustBeScheduled() {
        assertFalse(ReadinessCheck.of(BOTH, List.of(ROOTED), Set.of(1L), List.of(new ActionOwner("OPS-3", true)), false, true)
                .item(ReadinessRule.REVIEW_SCHEDULED).met());
    }

    private static ReadinessItem item(ReadinessRule rule, List<TimelineTag> tags, List<WhyChain> chains) {
        return ReadinessCheck.of(tags, chains, Set.of(), List.of(), true, true).item(rule);
    }

    private static WhyChain chain(long id, String problem, boolean rootCause) {
        return new WhyChain(id, 10_000L, problem, List.of(new WhyStep("Why?", "Because.")), rootCause, 0, 1);
    }
}
