package dev.postmortems.jira.service.snapshot;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.action.ActionStanding;
import dev.postmortems.jira.domain.action.ActionState;
import dev.postmortems.jira.domain.lessons.Lessons;
import dev.postmortems.jira.domain.review.ReviewState;
import dev.postmortems.jira.domain.team.Meeting;
import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.verdict.ReviewLoop;
import dev.postmortems.jira.domain.verdict.VerdictRecord;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.review.ReviewRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the app holds about one postmortem, as one reader may see it at one moment: its timeline, why-chains,
 * actions, lessons, reviews and the reviews' verdicts, its meeting, the Jira tickets they name (and the postmortem itself) read in one batch, the
 * tickets still linked as its actions, and today. Every panel, REST read, the readiness checklist, the workflow
 * validator and the export are projections of it, so they cannot disagree; the rules themselves live in the domain.
 *
 * @param tickets       the postmortem, its action and review tickets as the reader may see them; deleted ones missing
 * @param linkedActions the tickets linked to the postmortem with the Postmortem Action link
 * @param today         today, as {@code FollowUpCalendar} counts it, taken once for the whole snapshot
 * @param meeting       the postmortem meeting, once someone set it
 * @param causes        the site's cause categories, which name where its root causes are sorted
 */
public record PostmortemSnapshot(PostmortemIssue postmortem, LocalDate today, List<TimelineEntry> timeline,
                                 List<WhyChain> chains, List<ActionRecord> actions, Lessons lessons,
                                 List<ReviewRecord> reviews, List<VerdictRecord> verdicts, Map<Long, Ticket> tickets,
                                 Set<Long> linkedActions, Optional<Meeting> meeting, CauseCatalogue causes) {
    public PostmortemSnapshot {
        verdicts = List.copyOf(verdicts);
        timeline = List.copyOf(timeline);
        chains = List.copyOf(chains);
        actions = List.copyOf(actions);
        reviews = List.copyOf(reviews);
        tickets = Map.copyOf(tickets);
        linkedActions = Set.copyOf(linkedActions);
    }

    public Optional<Ticket> ticket(long issueId) {
        return Optional.ofNullable(tickets.get(issueId));
    }

    /** The action's ticket, if it was created and still exists. */
    public Optional<Ticket> ticketOf(ActionRecord action) {
        return action.ticketId().map(tickets::get);
    }

    public boolean stands(ActionRecord action) {
        return ActionStanding.stands(action, tickets.keySet(), linkedActions);
    }

    public ActionState stateOf(ActionRecord action) {
        Optional<Ticket> ticket = ticketOf(action);
        return ActionState.of(action, stands(action), ticket.map(Ticket::visible).orElse(false),
                ticket.map(Ticket::resolved).orElse(false), ticket.flatMap(Ticket::dueDate), today);
    }

    /** The why-chains an action that stands, and that no review discounted, addresses. */
    public Set<Long> treatedChains() {
        return ActionStanding.treatedChains(actions, tickets.keySet(), linkedActions, loop().discounted());
    }

    /** What the follow-up reviews decided about the actions that stand. Built on each call: ask once per projection. */
    public ReviewLoop loop() {
        return new ReviewLoop(actions.stream().filter(this::stands).toList(), verdicts);
    }

    /** The action record with this id, if it is one of this postmortem's. */
    public Optional<ActionRecord> action(long actionId) {
        return actions.stream().filter(action -> action.id() == actionId).findFirst();
    }

    /** Where the follow-up review stands, from the newest review ticket that still exists. */
    public ReviewState reviewState() {
        Optional<Ticket> current = reviewTickets().stream().findFirst();
        return ReviewState.of(current.isPresent(), current.map(Ticket::resolved).orElse(false),
                current.flatMap(Ticket::dueDate), today);
    }

    /** The review tickets that still exist, newest first. */
    public List<Ticket> reviewTickets() {
        List<Ticket> existing = new ArrayList<>();
        reviews.stream().flatMap(review -> review.ticketId().stream()).sorted(Comparator.reverseOrder())
                .map(tickets::get).filter(java.util.Objects::nonNull).forEach(existing::add);
        return existing;
    }
}
