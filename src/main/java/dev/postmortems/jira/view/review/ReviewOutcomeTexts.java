package dev.postmortems.jira.view.review;

import dev.postmortems.jira.domain.verdict.ReviewLoop;
import dev.postmortems.jira.domain.verdict.ReviewOutcome;
import dev.postmortems.jira.domain.verdict.Verdict;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.view.DateTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A review's outcome in words, one wording for the review ticket's panel, the postmortem's Follow-up review panel
 * and the write-up: "Loop closed", and "Reviewed on 15/Dec/26: 4 effective, 1 not effective → OPS-31".
 */
public final class ReviewOutcomeTexts {
    private final Messages messages;
    private final DateTexts dates;

    public ReviewOutcomeTexts(Messages messages, DateTexts dates) {
        this.messages = messages;
        this.dates = dates;
    }

    /** "Loop closed", "Follow-up needed", or "Verdicts still to give: 2 of 5". */
    public String outcome(ReviewLoop loop, long reviewTicketId) {
        ReviewOutcome outcome = loop.outcomeAt(reviewTicketId);
        if (outcome == ReviewOutcome.AWAITING_VERDICTS) {
            return messages.text("postmortems.verdict.outcome.awaiting-verdicts", loop.unjudgedAt(reviewTicketId).size(),
                    loop.toJudgeAt(reviewTicketId).size());
        }
        return messages.text("postmortems.verdict.outcome." + outcome.key());
    }

    /**
     * What the review decided, once it gave a verdict: when, how many of each, and the follow-up actions it raised;
     * empty before its first verdict.
     */
    public Optional<String> summary(PostmortemSnapshot snapshot, ReviewLoop loop, long reviewTicketId) {
        return loop.lastJudgedAt(reviewTicketId).map(when -> {
            List<String> counts = new ArrayList<>();
            for (Map.Entry<Verdict, Integer> count : loop.countsAt(reviewTicketId).entrySet()) {
                counts.add(messages.text("postmortems.verdict.count." + count.getKey().key(), count.getValue()));
            }
            List<String> followUps = loop.followUpsRaisedAt(reviewTicketId).stream()
                    .flatMap(followUp -> snapshot.ticketOf(followUp).map(Ticket::key).stream()).toList();
            String text = messages.text("postmortems.verdict.summary", dates.dayOf(when), String.join(", ", counts));
            return followUps.isEmpty() ? text : text + " \u2192 " + String.join(", ", followUps);
        });
    }
}
