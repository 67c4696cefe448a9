package dev.postmortems.jira.service.insight;

import dev.postmortems.jira.domain.insight.MeasuredIncident;
import dev.postmortems.jira.domain.insight.RecoveryTrend;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.timeline.MeasureStore;

import java.util.List;
import java.util.Map;

/**
 * Detection and recovery for a project over the last twelve months, for the dashboard gadget: one indexed query of
 * the measures, then Jira's batch read of the postmortems, so that only those the viewer may browse are counted —
 * a postmortem hidden by issue security moves no median.
 */
public final class RecoveryInsights {
    public static final int MONTHS = 12;

    private final InsightScope scope;
    private final MeasureStore measures;

    public RecoveryInsights(InsightScope scope, MeasureStore measures) {
        this.scope = scope;
        this.measures = measures;
    }

    /** The months, oldest first, and the postmortems counted, as the viewer may see them. */
    public record Recovery(TargetProject project, List<RecoveryTrend.Month> months, Map<Long, Ticket> postmortems) {
    }

    public Recovery recovery(String projectKey) {
        TargetProject project = scope.project(projectKey);
        List<MeasuredIncident> measured = measures.startedSince(project.id(), scope.since(MONTHS));
        Map<Long, Ticket> visible = scope.visible(measured.stream().map(MeasuredIncident::issueId).toList());
        return new Recovery(project, RecoveryTrend.of(measured.stream().filter(incident -> visible.containsKey(incident.issueId())).toList(),
                scope.thisMonth(), MONTHS, scope.zone()), visible);
    }
}
