package dev.postmortems.jira.service.verdict;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.verdict.ReviewLoop;
import dev.postmortems.jira.domain.verdict.Verdict;
import dev.postmortems.jira.domain.verdict.VerdictInput;
import dev.postmortems.jira.domain.verdict.VerdictProblem;
import dev.postmortems.jira.domain.verdict.VerdictRecord;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.StaleEditException;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketReader;
import dev.postmortems.jira.service.WhoIsAsking;
import dev.postmortems.jira.service.action.ActionChanges;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.review.ReviewRecord;
import dev.postmortems.jira.service.review.ReviewStore;
import dev.postmortems.jira.service.review.VerdictStore;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The follow-up review's meeting: read it, and record whether each action worked. A verdict is added, never
 * overwritten; under the postmortem's edit lock, so two people judging at once cannot lose each other's verdict,
 * and one who judged a verdict since replaced gets it back as a stale edit. After each change the JQL mirrors (an
 * action's latest verdict, whether it needs a follow-up, each review's outcome) are written from {@link ReviewLoop}.
 */
public final class VerdictService implements ActionChanges {
    private static final String REVIEW_NOT_FOUND = "postmortems.verdict.error.review-not-found";

    private final PostmortemPermissions permissions;
    private final PostmortemSnapshots snapshots;
    private final TicketReader tickets;
    private final ReviewTickets reviewTickets;
    private final ReviewStore reviews;
    private final ActionStore actions;
    private final VerdictStore verdicts;
    private final WhoIsAsking who;
    private final EditLock editLock;
    private final Clock clock;

    public VerdictService(PostmortemPermissions permissions, PostmortemSnapshots snapshots, TicketReader tickets,
                          ReviewTickets reviewTickets, ReviewStore reviews, ActionStore actions, VerdictStore verdicts,
                          WhoIsAsking who, EditLock editLock, Clock clock) {
        this.permissions = permissions;
        this.snapshots = snapshots;
        this.tickets = tickets;
        this.reviewTickets = reviewTickets;
        this.reviews = reviews;
        this.actions = actions;
        this.verdicts = verdicts;
        this.who = who;
        this.editLock = editLock;
        this.clock = clock;
    }

    /** The review ticket's meeting, for whoever may browse both the ticket and its postmortem; "not found" otherwise. */
    public ReviewMeeting meeting(String reviewKey) {
        Ticket review = tickets.byKey(reviewKey == null ? "" : reviewKey.strip()).filter(Ticket::visible)
                .orElseThrow(() -> new PostmortemNotFoundException(REVIEW_NOT_FOUND));
        ReviewRecord record = reviews.findByTicket(review.id())
                .orElseThrow(() -> new PostmortemNotFoundException(REVIEW_NOT_FOUND));
        return meeting(review, record);
    }

    /** Like {@link #meeting(String)}, for a ticket already read as the current user sees it. */
    public Optional<ReviewMeeting> meetingOf(Ticket review) {
        if (!review.visible()) {
            return Optional.empty();
        }
        return reviews.findByTicket(review.id()).map(record -> meeting(review, record));
    }

    private ReviewMeeting meeting(Ticket review, ReviewRecord record) {
        String postmortemKey = Optional.ofNullable(tickets.tickets(List.of(record.issueId())).get(record.issueId()))
                .filter(Ticket::visible).map(Ticket::key)
                .orElseThrow(() -> new PostmortemNotFoundException(REVIEW_NOT_FOUND));
        PostmortemSnapshot snapshot = snapshots.of(postmortemKey);
        return new ReviewMeeting(review, snapshot, reviewTickets.canEdit(review.id()));
    }

    /**
     * Records the review's verdict on one action of the postmortem it reviews.
     *
     * @throws PostmortemNotFoundException the review or its postmortem is not there for the reader (404)
     * @throws ChangeNotAllowedException   the reader may not edit the review ticket (403)
     * @throws InvalidInputException       a bad verdict, reason or evidence, or an action of another postmortem (400)
     * @throws StaleEditException          someone gave this review another verdict on the action meanwhile (409)
     */
    public VerdictRecord judge(String reviewKey, long actionId, VerdictInput input) {
        ReviewMeeting meeting = meeting(reviewKey);
        if (!meeting.judgeable()) {
            throw ChangeNotAllowedException.issue(meeting.review().key());
        }
        if (input == null) {
            throw new InvalidInputException(List.of(new FieldError("verdict", "postmortems.verdict.problem.verdict-unknown")));
        }
        List<FieldError> errors = input.problems().stream()
                .map(problem -> new FieldError(problem.field(), "postmortems.verdict.problem." + problem.code(),
                        problem == VerdictProblem.VERDICT_UNKNOWN || problem == VerdictProblem.REASON_MISSING
                                ? List.of() : List.of(VerdictProblem.MAX_TEXT_LENGTH)))
                .collect(Collectors.toList());
        PostmortemIssue postmortem = meeting.postmortem().postmortem();
        if (meeting.postmortem().action(actionId).filter(meeting.postmortem()::stands).isEmpty()) {
            errors.add(new FieldError("actionId", "postmortems.verdict.error.action-not-reviewed",
                    List.of(actionId, postmortem.key())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long reviewTicketId = meeting.review().id();
        String judge = who.username().orElseThrow(() -> ChangeNotAllowedException.issue(meeting.review().key()));
        return editLock.whileEditing(postmortem.id(), () -> {
            PostmortemSnapshot now = snapshots.of(postmortem);
            Optional<VerdictRecord> current = now.loop().at(reviewTicketId, actionId);
            if (!Objects.equals(current.map(VerdictRecord::id).orElse(null), input.replaces())) {
                // The same verdict sent again by the same person (a retry, a double click) answers what the first made.
                if (current.filter(verdict -> sameAs(verdict, input, judge)).isPresent()) {
                    return current.get();
                }
                throw new StaleEditException(current.orElse(null));
            }
            VerdictRecord added = verdicts.add(postmortem.id(), reviewTicketId, actionId, input.validVerdict(),
                    input.validEvidence(), input.validReason(), judge, clock.instant());
            mirror(snapshots.of(postmortem));
            return added;
        });
    }

    private static boolean sameAs(VerdictRecord verdict, VerdictInput input, String judge) {
        return verdict.judgedBy().equals(judge) && verdict.verdict() == input.validVerdict()
                && verdict.evidence().equals(input.validEvidence()) && verdict.reason().equals(input.validReason());
    }

    /** A follow-up action was created or an action taken off: the reviews' outcomes may have changed. */
    @Override
    public void changed(PostmortemIssue postmortem) {
        mirror(snapshots.of(postmortem));
    }

    /**
     * An issue was deleted from Jira. If it was an action's ticket, what the reviews decided is written again for its
     * postmortem, from the snapshot as it is now; returns how many postmortems that was.
     */
    public int ticketGone(long ticketId) {
        List<Long> postmortems = actions.actionsWithTicket(ticketId).stream().map(ActionRecord::issueId).distinct().toList();
        // The mirror depends on which tickets exist and are linked, not on who looks: no permission is asked.
        postmortems.forEach(postmortemId -> mirror(snapshots.of(new PostmortemIssue(postmortemId, "", false))));
        return postmortems.size();
    }

    /** The postmortem was deleted: its verdicts go. */
    public int forget(long issueId) {
        return verdicts.deleteAllOf(issueId);
    }

    /** Writes what the reviews decided where the JQL functions read it. */
    private void mirror(PostmortemSnapshot snapshot) {
        ReviewLoop loop = snapshot.loop();
        Map<Long, Verdict> latest = new HashMap<>();
        for (ActionRecord action : snapshot.actions()) {
            loop.latest(action.id()).ifPresent(verdict -> latest.put(action.id(), verdict.verdict()));
        }
        Set<Long> needing = snapshot.actions().stream().map(ActionRecord::id).filter(loop::needsFollowUp).collect(Collectors.toSet());
        actions.mirrorVerdicts(snapshot.postmortem().id(), latest, needing);
        snapshot.reviews().forEach(review -> review.ticketId()
                .ifPresent(ticketId -> reviews.mirrorOutcome(ticketId, loop.outcomeAt(ticketId))));
    }
}
