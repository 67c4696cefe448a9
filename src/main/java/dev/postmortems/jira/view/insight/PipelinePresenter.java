package dev.postmortems.jira.view.insight;

import dev.postmortems.jira.domain.insight.Pipeline;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.insight.PipelineInsights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Turns a project's pipeline into the item's rows, in the viewer's language, each number with its search. */
public final class PipelinePresenter {
    private final PipelineInsights insights;
    private final Messages messages;
    private final IssuesSearch searches;

    public PipelinePresenter(PipelineInsights insights, Messages messages, Links links) {
        this.insights = insights;
        this.messages = messages;
        this.searches = new IssuesSearch(links);
    }

    public PipelineView present(String projectKey) {
        PipelineInsights.Counted counted = insights.pipeline(projectKey);
        Pipeline pipeline = counted.pipeline();
        Map<Long, Ticket> issues = counted.issues();
        List<PipelineView.Row> byDue = Arrays.stream(Pipeline.Due.values()).map(due -> row(due.key(),
                messages.text("postmortems.insight.pipeline.due." + due.key(), Pipeline.DUE_SOON_DAYS), pipeline.open(due), issues)).toList();
        List<PipelineView.Row> byAge = Arrays.stream(Pipeline.Age.values()).map(age -> row(age.key(),
                messages.text("postmortems.insight.pipeline.age." + age.key()), pipeline.openAged(age), issues)).toList();
        List<PipelineView.Row> attention = List.of(
                row("incidents-waiting", messages.text("postmortems.insight.pipeline.incidents-waiting"), pipeline.incidentsWaiting(), issues),
                row("reviews-overdue", messages.text("postmortems.insight.pipeline.reviews-overdue"), pipeline.reviewsOverdue(), issues),
                row("reviews-coming-up", messages.text("postmortems.insight.pipeline.reviews-coming-up", Pipeline.REVIEWS_AHEAD_DAYS),
                        pipeline.reviewsComingUp(), issues),
                row("recurred-open-actions", messages.text("postmortems.insight.pipeline.recurred-open-actions"),
                        pipeline.recurredWithOpenActions(), issues));
        List<Long> open = new ArrayList<>();
        Arrays.stream(Pipeline.Due.values()).forEach(due -> open.addAll(pipeline.open(due)));
        return new PipelineView(counted.project().key(), messages.text("postmortems.insight.pipeline.title", counted.project().name()),
                searches.count(open.stream().sorted().toList(), issues), byDue, byAge, attention);
    }

    private PipelineView.Row row(String key, String label, List<Long> ids, Map<Long, Ticket> issues) {
        return new PipelineView.Row(key, label, searches.count(ids, issues));
    }
}
