package dev.postmortems.jira.service.insight;

import dev.postmortems.jira.domain.action.RootCauseFix;
import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.cause.SortedRootCause;
import dev.postmortems.jira.domain.insight.CauseTally;
import dev.postmortems.jira.domain.insight.MeasuredIncident;
import dev.postmortems.jira.domain.verdict.Verdict;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.cause.CauseCategoryService;
import dev.postmortems.jira.service.timeline.MeasureStore;
import dev.postmortems.jira.service.whys.WhysStore;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The causes that keep coming back in a project over the last six months, for the Top causes dashboard item. A
 * postmortem belongs to the month its incident's impact started, as in Detection and recovery. Four queries whatever
 * the history — the period's postmortems, every sorted root cause, the project's actions judged not effective, the list of
 * categories — then one batch read of Jira's issues: a postmortem or ticket the viewer may not browse counts nowhere,
 * not even as the earlier postmortem a cause was seen before in.
 */
public final class CauseInsights {
    public static final int MONTHS = 6;

    private final InsightScope scope;
    private final MeasureStore measures;
    private final WhysStore whys;
    private final ActionStore actions;
    private final CauseCategoryService categories;

    public CauseInsights(InsightScope scope, MeasureStore measures, WhysStore whys, ActionStore actions, CauseCategoryService categories) {
        this.scope = scope;
        this.measures = measures;
        this.whys = whys;
        this.actions = actions;
        this.categories = categories;
    }

    /** The categories' counts, and the issues behind them as the viewer may see them. */
    public record Causes(TargetProject project, List<CauseTally.Row> rows, Map<Long, Ticket> issues) {
    }

    public Causes causes(String projectKey) {
        TargetProject project = scope.project(projectKey);
        Set<Long> postmortems = measures.startedSince(project.id(), scope.since(MONTHS)).stream().map(MeasuredIncident::issueId).collect(Collectors.toSet());
        List<SortedRootCause> sorted = whys.sortedCauses();
        List<SortedRootCause> period = sorted.stream().filter(cause -> postmortems.contains(cause.issueId())).toList();
        List<SortedRootCause> earlier = CauseTally.earlierOnes(period, sorted);
        Set<Long> periodChains = period.stream().map(SortedRootCause::chainId).collect(Collectors.toSet());
        List<RootCauseFix> concerned = actions.fixesJudged(project.id(), Verdict.INEFFECTIVE).stream()
                .filter(fix -> periodChains.contains(fix.chainId())).toList();
        Set<Long> read = new HashSet<>();
        period.forEach(cause -> read.add(cause.issueId()));
        earlier.forEach(cause -> read.add(cause.issueId()));
        concerned.forEach(fix -> read.add(fix.ticketId()));
        Map<Long, Ticket> seen = scope.visible(read);
        CauseCatalogue catalogue = categories.catalogue();
        return new Causes(project, CauseTally.of(catalogue,
                period.stream().filter(cause -> seen.containsKey(cause.issueId())).toList(),
                earlier.stream().filter(cause -> seen.containsKey(cause.issueId())).toList(),
                concerned.stream().filter(fix -> seen.containsKey(fix.ticketId())).toList()), seen);
    }
}
