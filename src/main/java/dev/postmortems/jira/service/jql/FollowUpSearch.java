package dev.postmortems.jira.service.jql;

import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.followup.FollowUpCalendar;
import dev.postmortems.jira.domain.verdict.JudgedAs;
import dev.postmortems.jira.domain.verdict.ReviewOutcome;
import dev.postmortems.jira.service.followup.FollowUpStore;
import dev.postmortems.jira.service.followup.IssueState;
import dev.postmortems.jira.service.insight.PipelineStore;
import dev.postmortems.jira.service.followup.FollowUpToday;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.review.ReviewStore;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the app's JQL functions answer, from the app's own tables: each answer is one indexed query, never a load of
 * every issue. Due dates and resolutions are mirrored from Jira's issue events; Jira's search then keeps only what
 * the searcher may browse.
 */
public final class FollowUpSearch {
    private final ActionStore actions;
    private final ReviewStore reviews;
    private final FollowUpStore postmortems;
    private final PipelineStore pipeline;
    private final FollowUpToday today;

    /**
     * @param postmortems the postmortems started from incidents, which have a due date of their own
     * @param pipeline    every Postmortem issue
     */
    public FollowUpSearch(ActionStore actions, ReviewStore reviews, FollowUpStore postmortems, PipelineStore pipeline, FollowUpToday today) {
        this.actions = actions;
        this.reviews = reviews;
        this.postmortems = postmortems;
        this.pipeline = pipeline;
        this.today = today;
    }

    public List<Long> overdueReviews() {
        return reviews.overdueTickets(dueBefore());
    }

    public List<Long> overdueActions() {
        return actions.overdueTickets(dueBefore());
    }

    /** Unresolved postmortems past their due date: given by the app when started from an incident, or by hand. */
    public List<Long> overduePostmortems() {
        return pipeline.overdue(dueBefore());
    }

    public List<Long> actionTickets(Optional<Long> postmortemId, Optional<ActionKind> kind, Optional<JudgedAs> judged) {
        return actions.tickets(postmortemId, kind, judged);
    }

    /** Action tickets judged not effective with no follow-up action ({@code ReviewLoop.needsFollowUp}). */
    public List<Long> ineffectiveActions() {
        return actions.ticketsNeedingFollowUp();
    }

    /** Review tickets whose outcome is "follow-up needed" ({@code ReviewLoop.outcomeAt}). */
    public List<Long> reviewsNeedingFollowUp() {
        return reviews.ticketsWithOutcome(ReviewOutcome.FOLLOW_UP_NEEDED);
    }

    public List<Long> postmortemsWithOpenActions() {
        return actions.postmortemsWithOpenActions();
    }

    /** Jira changed an issue: if it is an action or review ticket or a started postmortem, mirror its due date and resolution. */
    public void ticketChanged(long issueId, IssueState now) {
        actions.ticketChanged(issueId, now);
        reviews.ticketChanged(issueId, now);
        postmortems.ticketChanged(issueId, now);
    }

    /** The follow-up calendar's overdue rule, as the bound of one indexed query. */
    private LocalDate dueBefore() {
        return FollowUpCalendar.firstDayNotOverdue(today.date());
    }
}
