package dev.postmortems.jira.service.verdict;

import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;

/**
 * A follow-up review as its meeting sees it: the review ticket, the postmortem it reviews (as one snapshot), and
 * whether the reader may give verdicts.
 *
 * @param judgeable whether the reader may edit the review ticket, and so record verdicts
 */
public record ReviewMeeting(Ticket review, PostmortemSnapshot postmortem, boolean judgeable) {
}
