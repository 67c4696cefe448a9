package dev.postmortems.jira.service.verdict;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.Ticket;

import java.util.List;

/**
 * What keeps a follow-up review from being closed, in the closer's language: the actions it still has to judge
 * ({@code ReviewLoop.unjudgedAt}), from the same snapshot its panel shows.
 */
public final class ReviewClosingCheck {
    private final VerdictService verdicts;
    private final Messages messages;

    public ReviewClosingCheck(VerdictService verdicts, Messages messages) {
        this.verdicts = verdicts;
        this.messages = messages;
    }

    /** Nothing for an issue that is not a review the person closing it may see with its postmortem. */
    public List<String> whatBlocksClosing(String issueKey) {
        ReviewMeeting meeting;
        try {
            meeting = verdicts.meeting(issueKey);
        } catch (PostmortemNotFoundException notAReview) {
            return List.of();
        }
        List<String> unjudged = meeting.postmortem().loop().unjudgedAt(meeting.review().id()).stream()
                .map(action -> keyOf(meeting, action)).toList();
        return unjudged.isEmpty() ? List.of()
                : List.of(messages.text("postmortems.verdict.closing.unjudged", String.join(", ", unjudged)));
    }

    private static String keyOf(ReviewMeeting meeting, ActionRecord action) {
        return meeting.postmortem().ticketOf(action).map(Ticket::key).orElse(String.valueOf(action.id()));
    }
}
