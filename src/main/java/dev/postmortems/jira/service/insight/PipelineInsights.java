package dev.postmortems.jira.service.insight;

import dev.postmortems.jira.domain.insight.Pipeline;
import dev.postmortems.jira.domain.team.IncidentStanding;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.followup.FollowUpToday;
import dev.postmortems.jira.service.recurrence.RecurrenceLinks;
import dev.postmortems.jira.service.review.ReviewStore;
import dev.postmortems.jira.service.team.IncidentStore;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Postmortem pipeline of a project, for the dashboard item: four indexed queries of the app's tables (the
 * project's postmortems, its incidents waiting for one, the reviews due within the next weeks, its postmortems with
 * open actions), one read of Jira's recurrence links, then Jira's batch read of every issue counted, so that only
 * those the viewer may browse count.
 */
public final class PipelineInsights {
    private final InsightScope scope;
    private final PipelineStore postmortems;
    private final IncidentStore incidents;
    private final ReviewStore reviews;
    private final ActionStore actions;
    private final RecurrenceLinks recurrences;
    private final FollowUpToday today;

    public PipelineInsights(InsightScope scope, PipelineStore postmortems, IncidentStore incidents, ReviewStore reviews, ActionStore actions,
                            RecurrenceLinks recurrences, FollowUpToday today) {
        this.scope = scope;
        this.postmortems = postmortems;
        this.incidents = incidents;
        this.reviews = reviews;
        this.actions = actions;
        this.recurrences = recurrences;
        this.today = today;
    }

    /** The pipeline and the issues read for it, as the viewer may see them. */
    public record Counted(TargetProject project, Pipeline pipeline, Map<Long, Ticket> issues) {
    }

    public Counted pipeline(String projectKey) {
        TargetProject project = scope.project(projectKey);
        LocalDate date = today.date();
        List<PipelineStore.MirroredPostmortem> mine = postmortems.postmortemsIn(project.id());
        Set<Long> ofProject = new HashSet<>();
        mine.forEach(postmortem -> ofProject.add(postmortem.issueId()));
        List<Long> waiting = incidents.incidents(IncidentStanding.NEEDED, Optional.of(project.id()));
        List<ReviewStore.DueReview> due = reviews.dueUntil(date.plusDays(Pipeline.REVIEWS_AHEAD_DAYS)).stream()
                .filter(review -> ofProject.contains(review.postmortemId())).toList();
        Set<Long> recurred = new HashSet<>(recurrences.recurredPostmortems());
        recurred.retainAll(ofProject);
        Set<Long> withOpenActions = actions.postmortemsWithOpenActionsIn(project.id());
        recurred.retainAll(withOpenActions);

        Set<Long> read = new HashSet<>(waiting);
        mine.stream().filter(postmortem -> !postmortem.resolved()).forEach(postmortem -> read.add(postmortem.issueId()));
        due.forEach(review -> {
            read.add(review.ticketId());
            read.add(review.postmortemId());
        });
        read.addAll(recurred);
        Map<Long, Ticket> visible = scope.visible(read);
        // Open and due as Jira says now, as in every panel; when created, as mirrored.
        List<Pipeline.OpenPostmortem> open = mine.stream().filter(postmortem -> visible.containsKey(postmortem.issueId()))
                .filter(postmortem -> !visible.get(postmortem.issueId()).resolved())
                .map(postmortem -> new Pipeline.OpenPostmortem(postmortem.issueId(), postmortem.createdAt(), visible.get(postmortem.issueId()).dueDate()))
                .toList();
        List<Pipeline.OpenReview> openReviews = due.stream()
                .filter(review -> visible.containsKey(review.ticketId()) && visible.containsKey(review.postmortemId()))
                .filter(review -> !visible.get(review.ticketId()).resolved())
                .map(review -> new Pipeline.OpenReview(review.ticketId(), visible.get(review.ticketId()).dueDate())).toList();
        return new Counted(project, Pipeline.of(open, waiting.stream().filter(visible::containsKey).toList(), openReviews,
                recurred.stream().filter(visible::containsKey).toList(), withOpenActions, date, scope.zone()), visible);
    }
}
