package dev.postmortems.jira.domain.readiness;

import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.domain.whys.WhyChain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Decides each readiness rule from what the postmortem holds; nothing here reads Jira or a database. */
public final class ReadinessCheck {
    private static final List<TimelineTag> NEEDED_MOMENTS = List.of(TimelineTag.DETECTED, TimelineTag.RESOLVED);

    /** An action ticket as far as readiness goes: its key, and whether it has an owner. */
    public record ActionOwner(String ticketKey, boolean owned) {
    }

    private ReadinessCheck() {
    }

    /**
     * @param tags            the key moments the timeline has
     * @param chains          the why-chains
     * @param treatedChainIds the chains whose root cause an existing action ticket addresses
     * @param actions         the action tickets that exist and the reader may see
     * @param reviewScheduled whether a follow-up review ticket exists
     * @param meetingScheduled whether the postmortem meeting has a date
     */
    public static Readiness of(Collection<TimelineTag> tags, List<WhyChain> chains, Set<Long> treatedChainIds,
                               List<ActionOwner> actions, boolean reviewScheduled, boolean meetingScheduled) {
        List<String> missingMoments = NEEDED_MOMENTS.stream().filter(tag -> !tags.contains(tag)).map(TimelineTag::key).toList();
        List<String> open = chains.stream().filter(WhyChain::isOpen).map(WhyChain::problem).toList();
        List<WhyChain> rooted = chains.stream().filter(chain -> !chain.isOpen()).toList();
        List<String> untreated = rooted.stream().filter(chain -> !treatedChainIds.contains(chain.id())).map(WhyChain::problem).toList();
        List<String> unowned = actions.stream().filter(action -> !action.owned()).map(ActionOwner::ticketKey).toList();
        List<ReadinessItem> items = new ArrayList<>();
        items.add(new ReadinessItem(ReadinessRule.MEETING_SCHEDULED, meetingScheduled, List.of()));
        items.add(new ReadinessItem(ReadinessRule.TIMELINE_MOMENTS, missingMoments.isEmpty(), missingMoments));
        items.add(new ReadinessItem(ReadinessRule.ROOT_CAUSES, !chains.isEmpty() && open.isEmpty(), open));
        items.add(new ReadinessItem(ReadinessRule.ROOT_CAUSES_TREATED, !rooted.isEmpty() && untreated.isEmpty(), untreated));
        items.add(new ReadinessItem(ReadinessRule.ACTION_OWNERS, !actions.isEmpty() && unowned.isEmpty(), unowned));
        items.add(new ReadinessItem(ReadinessRule.REVIEW_SCHEDULED, reviewScheduled, List.of()));
        return new Readiness(items);
    }
}
