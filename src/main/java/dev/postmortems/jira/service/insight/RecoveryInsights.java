package dev.postmortems.jira.service.insight;

import dev.postmortems.jira.domain.insight.MeasuredIncident;
import dev.postmortems.jira.domain.insight.RecoveryTrend;
import dev.postmortems.jira.service.SiteTimeZone;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketReader;
import dev.postmortems.jira.service.followup.FollowUpToday;
import dev.postmortems.jira.service.timeline.MeasureStore;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
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
    private final TicketReader tickets;
    private final FollowUpToday today;
    private final SiteTimeZone site;

    public RecoveryInsights(InsightScope scope, MeasureStore measures, TicketReader tickets, FollowUpToday today, SiteTimeZone site) {
        this.scope = scope;
        this.measures = measures;
        this.tickets = tickets;
        this.today = today;
        this.site = site;
    }

    /** The months, oldest first, and the postmortems counted, as the viewer may see them. */
    public record Recovery(TargetProject project, List<RecoveryTrend.Month> months, Map<Long, Ticket> postmortems) {
    }

    public Recovery recovery(String projectKey) {
        TargetProject project = scope.project(projectKey);
        ZoneId zone = site.defaultZone();
        YearMonth last = YearMonth.from(today.date());
        Instant from = last.minusMonths(MONTHS - 1L).atDay(1).atStartOfDay(zone).toInstant();
        List<MeasuredIncident> measured = measures.startedSince(project.id(), from);
        Map<Long, Ticket> read = tickets.tickets(measured.stream().map(MeasuredIncident::issueId).toList());
        List<MeasuredIncident> visible = measured.stream()
                .filter(incident -> read.containsKey(incident.issueId()) && read.get(incident.issueId()).visible()).toList();
        return new Recovery(project, RecoveryTrend.of(visible, last, MONTHS, zone), read);
    }
}
