package dev.postmortems.jira.domain.verdict;

import dev.postmortems.jira.domain.action.ActionRecord;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The practice's last phase as rules: what the follow-up reviews decided about a postmortem's actions. Every panel,
 * REST answer, JQL mirror, validator and export asks these.
 * <ul>
 *   <li>An action's <em>verdict</em> is its newest one, whichever review gave it; the older ones are its history.</li>
 *   <li>An action <em>treats</em> its root cause unless its verdict is not effective or dropped.</li>
 *   <li>An action judged not effective <em>needs a follow-up</em> until an action that follows it up stands.</li>
 *   <li>A review judges every action that stands, except the follow-ups raised for what it judged not effective.</li>
 * </ul>
 * Built from the actions that stand ({@code ActionStanding}) and the postmortem's verdicts, in time linear in both.
 */
public final class ReviewLoop {
    private final List<ActionRecord> standing;
    /** Per action, its verdicts oldest first. */
    private final Map<Long, List<VerdictRecord>> verdicts;
    private final Map<Long, List<ActionRecord>> followUps;

    public ReviewLoop(Collection<ActionRecord> standing, Collection<VerdictRecord> verdicts) {
        this.standing = List.copyOf(standing);
        this.verdicts = verdicts.stream().sorted(Comparator.comparingLong(VerdictRecord::id))
                .collect(Collectors.groupingBy(VerdictRecord::actionId, HashMap::new, Collectors.toList()));
        this.followUps = this.standing.stream().filter(action -> action.followsUp().isPresent())
                .collect(Collectors.groupingBy(action -> action.followsUp().get(), HashMap::new, Collectors.toList()));
    }

    /** The action's verdict: the newest, from any review. */
    public Optional<VerdictRecord> latest(long actionId) {
        List<VerdictRecord> history = verdicts.getOrDefault(actionId, List.of());
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** What one review said of the action, the newest if it said it twice. */
    public Optional<VerdictRecord> at(long reviewTicketId, long actionId) {
        return verdicts.getOrDefault(actionId, List.of()).stream().filter(verdict -> verdict.reviewTicketId() == reviewTicketId)
                .reduce((older, newer) -> newer);
    }

    /** The newest verdict another review gave the action: what the team knew before this meeting. */
    public Optional<VerdictRecord> elsewhere(long reviewTicketId, long actionId) {
        return verdicts.getOrDefault(actionId, List.of()).stream().filter(verdict -> verdict.reviewTicketId() != reviewTicketId)
                .reduce((older, newer) -> newer);
    }

    /** The actions whose verdict says they no longer treat their root cause: not effective, or dropped. */
    public Set<Long> discounted() {
        return verdicts.keySet().stream().filter(actionId -> !latest(actionId).orElseThrow().verdict().keepsRootCauseTreated())
                .collect(Collectors.toSet());
    }

    /** The actions that stand and follow up this one. */
    public List<ActionRecord> followUpsOf(long actionId) {
        return followUps.getOrDefault(actionId, List.of());
    }

    /** Judged not effective, with no follow-up action standing. */
    public boolean needsFollowUp(long actionId) {
        return latest(actionId).filter(verdict -> verdict.verdict() == Verdict.INEFFECTIVE).isPresent()
                && followUpsOf(actionId).isEmpty();
    }

    /** The actions the review has to judge: those that stand, but not the follow-ups it raised itself. */
    public List<ActionRecord> toJudgeAt(long reviewTicketId) {
        Set<Long> raisedHere = followUpsRaisedAt(reviewTicketId).stream().map(ActionRecord::id).collect(Collectors.toSet());
        return standing.stream().filter(action -> !raisedHere.contains(action.id())).toList();
    }

    /** The follow-ups this review raised: the standing actions that follow up one it judged not effective. */
    public List<ActionRecord> followUpsRaisedAt(long reviewTicketId) {
        return standing.stream().filter(action -> action.followsUp()
                        .flatMap(followed -> at(reviewTicketId, followed)).filter(verdict -> verdict.verdict() == Verdict.INEFFECTIVE)
                        .isPresent())
                .toList();
    }

    /** The actions this review judged not effective that have no follow-up action. */
    public List<ActionRecord> withoutFollowUpAt(long reviewTicketId) {
        return toJudgeAt(reviewTicketId).stream()
                .filter(action -> at(reviewTicketId, action.id()).filter(verdict -> verdict.verdict() == Verdict.INEFFECTIVE).isPresent())
                .filter(action -> followUpsOf(action.id()).isEmpty()).toList();
    }

    /** The actions the review still has to judge. */
    public List<ActionRecord> unjudgedAt(long reviewTicketId) {
        return toJudgeAt(reviewTicketId).stream().filter(action -> at(reviewTicketId, action.id()).isEmpty()).toList();
    }

    public ReviewOutcome outcomeAt(long reviewTicketId) {
        if (!withoutFollowUpAt(reviewTicketId).isEmpty()) {
            return ReviewOutcome.FOLLOW_UP_NEEDED;
        }
        return unjudgedAt(reviewTicketId).isEmpty() ? ReviewOutcome.LOOP_CLOSED : ReviewOutcome.AWAITING_VERDICTS;
    }

    /** How many of the actions it judges the review found effective, not effective and so on, in the verdicts' order. */
    public Map<Verdict, Integer> countsAt(long reviewTicketId) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        toJudgeAt(reviewTicketId).forEach(action -> at(reviewTicketId, action.id())
                .ifPresent(verdict -> counts.merge(verdict.verdict(), 1, Integer::sum)));
        return counts;
    }

    /** When the review last recorded a verdict, if it recorded any. */
    public Optional<java.time.Instant> lastJudgedAt(long reviewTicketId) {
        return verdicts.values().stream().flatMap(List::stream).filter(verdict -> verdict.reviewTicketId() == reviewTicketId)
                .map(VerdictRecord::judgedAt).max(Comparator.naturalOrder());
    }
}
