package dev.postmortems.jira.view.verdict;

import dev.postmortems.jira.view.action.ActionView;
import dev.postmortems.jira.view.team.IssueLinkView;

import java.util.List;

/**
 * One action of the postmortem as its follow-up review sees it: the ticket as Jira has it now, how the team meant
 * to know it worked, this review's verdict and the one before it.
 *
 * @param verdict       this review's verdict, or {@code null} while it gave none
 * @param earlier       the newest verdict another review gave, or {@code null}
 * @param chainId       the why-chain it addresses, or 0: what a follow-up action addresses too
 * @param needsFollowUp judged not effective, with no follow-up action yet
 * @param followUps     the action tickets that follow it up
 * @param raisedHere    a follow-up this review raised: judged at the next review, not at this one
 */
public record ReviewedActionView(ActionView action, VerdictView verdict, VerdictView earlier, long chainId,
                                 boolean needsFollowUp, List<IssueLinkView> followUps, boolean raisedHere) {
}
