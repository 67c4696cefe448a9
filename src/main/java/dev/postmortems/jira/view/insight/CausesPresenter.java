package dev.postmortems.jira.view.insight;

import dev.postmortems.jira.domain.cause.SortedRootCause;
import dev.postmortems.jira.domain.insight.CauseTally;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.insight.CauseInsights;

import java.util.List;
import java.util.Map;

/** Turns a project's cause counts into the Top causes item's rows, each number with the search behind it. */
public final class CausesPresenter {
    private final CauseInsights insights;
    private final Messages messages;
    private final IssuesSearch searches;

    public CausesPresenter(CauseInsights insights, Messages messages, Links links) {
        this.insights = insights;
        this.messages = messages;
        this.searches = new IssuesSearch(links);
    }

    public CausesView present(String projectKey) {
        CauseInsights.Causes causes = insights.causes(projectKey);
        Map<Long, Ticket> issues = causes.issues();
        List<CausesView.CauseRow> rows = causes.rows().stream().map(row -> new CausesView.CauseRow(row.category().name(),
                row.rootCauses().size(), row.postmortems().size(), search(row.postmortems(), issues), row.seenBefore().size(),
                search(row.seenBefore().stream().map(SortedRootCause::issueId).distinct().sorted().toList(), issues),
                row.notEffective().size(), search(row.notEffective().stream().map(fix -> fix.ticketId()).toList(), issues)))
                .toList();
        return new CausesView(causes.project().key(), messages.text("postmortems.insight.causes.title", causes.project().name()),
                messages.text("postmortems.insight.causes.period", CauseInsights.MONTHS), rows);
    }

    private String search(List<Long> ids, Map<Long, Ticket> issues) {
        return searches.of(ids, issues);
    }
}
