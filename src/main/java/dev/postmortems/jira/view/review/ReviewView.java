package dev.postmortems.jira.view.review;

import java.util.List;

/**
 * A postmortem's follow-up review as shown.
 *
 * @param review       the current review ticket, or {@code null} when none was scheduled
 * @param owner        who runs a new review by default: the postmortem's assignee (a username, or {@code ""})
 * @param intervals    the intervals offered, in order; {@code defaultInterval} is preselected
 * @param actionsDone  resolved action tickets, of {@code actionsTotal}
 * @param progress     the same in words: "2 of 5 actions done"
 * @param outcome      the current review's outcome in words ("Loop closed"), or {@code ""} before its first verdict
 * @param verdicts     what it decided: "Reviewed on 15/Dec/26: 4 effective, 1 not effective → OPS-31", or {@code ""}
 */
public record ReviewView(String issueKey, boolean editable, ReviewTicketView review, String owner,
                         List<IntervalOption> intervals, String defaultInterval, int actionsDone, int actionsTotal,
                         String progress, String outcome, String verdicts) {
}
