package dev.postmortems.jira.view.insight;

import dev.postmortems.jira.domain.insight.MeasuredIncident;
import dev.postmortems.jira.domain.insight.RecoveryTrend;
import dev.postmortems.jira.domain.timeline.Measure;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.WhoIsAsking;
import dev.postmortems.jira.service.insight.RecoveryInsights;
import dev.postmortems.jira.view.DurationTexts;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Turns a project's detection and recovery months into the gadget's rows, in the viewer's language. */
public final class RecoveryPresenter {
    private final RecoveryInsights insights;
    private final DurationTexts durations;
    private final Messages messages;
    private final IssuesSearch searches;
    private final WhoIsAsking viewer;

    public RecoveryPresenter(RecoveryInsights insights, DurationTexts durations, Messages messages, Links links, WhoIsAsking viewer) {
        this.insights = insights;
        this.durations = durations;
        this.messages = messages;
        this.searches = new IssuesSearch(links);
        this.viewer = viewer;
    }

    public RecoveryView present(String projectKey) {
        RecoveryInsights.Recovery recovery = insights.recovery(projectKey);
        DateTimeFormatter monthLabel = MonthLabel.in(viewer.locale());
        List<RecoveryView.MonthRow> rows = recovery.months().stream().map(month -> new RecoveryView.MonthRow(month.month().toString(),
                monthLabel.format(month.month()), month.incidents().size(), search(month.incidents(), recovery.postmortems()),
                Arrays.stream(Measure.values()).map(measure -> median(month, measure, recovery.postmortems())).toList())).toList();
        return new RecoveryView(recovery.project().key(), recovery.project().name(),
                messages.text("postmortems.insight.recovery.title", recovery.project().name()),
                Arrays.stream(Measure.values()).map(measure -> new RecoveryView.MeasureColumn(DurationTexts.key(measure),
                        durations.label(measure))).toList(), rows);
    }

    private RecoveryView.Median median(RecoveryTrend.Month month, Measure measure, Map<Long, Ticket> postmortems) {
        List<MeasuredIncident> measured = month.measuredBy(measure);
        return month.medians().get(measure).map(value -> new RecoveryView.Median(DurationTexts.key(measure), value.toMinutes(),
                        durations.text(value), measured.size(), search(measured, postmortems)))
                .orElse(new RecoveryView.Median(DurationTexts.key(measure), null, "", 0, ""));
    }

    private String search(List<MeasuredIncident> incidents, Map<Long, Ticket> postmortems) {
        return searches.of(incidents.stream().map(MeasuredIncident::issueId).toList(), postmortems);
    }
}
