package dev.postmortems.jira.service.insight;

import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.followup.FollowUpStore;
import dev.postmortems.jira.service.followup.IssueState;
import dev.postmortems.jira.service.reminder.ReminderTickets;
import dev.postmortems.jira.service.timeline.TimelineStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Fills in what the dashboard items read for data the app recorded before it kept it, by mirroring the issues again
 * from Jira in batches, as an issue event would: older actions get their project and dates; postmortems get their
 * row in the pipeline's table — those the app knows of (a timeline entry, or started from an incident; any other is
 * recorded at its next change). What is filled in already is not read, so a second run changes nothing.
 */
public final class InsightsBackfill {
    static final int BATCH = 200;

    private final ActionStore actions;
    private final PipelineStore pipeline;
    private final TimelineStore timeline;
    private final FollowUpStore starts;
    private final ReminderTickets jira;

    /** @param starts the postmortems started from incidents */
    public InsightsBackfill(ActionStore actions, PipelineStore pipeline, TimelineStore timeline, FollowUpStore starts, ReminderTickets jira) {
        this.actions = actions;
        this.pipeline = pipeline;
        this.timeline = timeline;
        this.starts = starts;
        this.jira = jira;
    }

    /** @return how many issues were mirrored again */
    public int backfill() {
        ActionStore.Unplaced unplaced = actions.unplaced();
        int mirrored = mirror(unplaced.postmortems(), actions::ticketChanged) + mirror(unplaced.tickets(), actions::ticketChanged);
        Set<Long> known = new HashSet<>(timeline.issuesWithEntries());
        long after = 0;
        for (List<Long> stretch = starts.ticketsAfter(after, BATCH); !stretch.isEmpty(); stretch = starts.ticketsAfter(after, BATCH)) {
            known.addAll(stretch);
            after = stretch.get(stretch.size() - 1);
        }
        known.removeAll(pipeline.recorded());
        return mirrored + mirror(known, (issueId, now) -> pipeline.issueChanged(issueId, now.postmortem(), now));
    }

    private int mirror(Set<Long> issueIds, BiConsumer<Long, IssueState> follow) {
        List<Long> ids = new ArrayList<>(issueIds);
        int mirrored = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (var read : jira.tickets(ids.subList(from, Math.min(ids.size(), from + BATCH))).entrySet()) {
                follow.accept(read.getKey(), read.getValue().state());
                mirrored++;
            }
        }
        return mirrored;
    }
}
