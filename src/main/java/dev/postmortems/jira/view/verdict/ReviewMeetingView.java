package dev.postmortems.jira.view.verdict;

import dev.postmortems.jira.view.team.IssueLinkView;

import java.util.List;

/**
 * A Postmortem Review ticket's meeting as one person sees it.
 *
 * @param judgeable     whether the reader may give verdicts (Edit Issues on the review ticket)
 * @param followUpsAllowed whether the reader may create follow-up actions (Edit Issues on the postmortem)
 * @param outcome       the outcome's key: {@code awaiting-verdicts}, {@code follow-up-needed} or {@code loop-closed}
 * @param outcomeText   the same in words
 * @param summary       "Reviewed on …: 4 effective, 1 not effective → OPS-31", or {@code ""} before the first verdict
 * @param recurrences   the issues the problem came back in since the postmortem; restricted ones by key only
 */
public record ReviewMeetingView(String reviewKey, String postmortemKey, String postmortemUrl, String postmortemSummary,
                                boolean judgeable, boolean followUpsAllowed, String outcome, String outcomeText,
                                String summary, List<IssueLinkView> recurrences,
                                List<ReviewedActionView> actions, List<VerdictOption> verdicts) {
}
