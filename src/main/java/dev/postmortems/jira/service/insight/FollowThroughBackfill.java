package dev.postmortems.jira.service.insight;

import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.reminder.ReminderTickets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Places actions recorded before the app kept their project and dates: their postmortems and tickets are read from
 * Jira in batches and mirrored again, as an issue event would. A row already placed is not read, so a second run
 * changes nothing.
 */
public final class FollowThroughBackfill {
    static final int BATCH = 200;

    private final ActionStore actions;
    private final ReminderTickets jira;

    public FollowThroughBackfill(ActionStore actions, ReminderTickets jira) {
        this.actions = actions;
        this.jira = jira;
    }

    /** @return how many issues were mirrored again */
    public int backfill() {
        ActionStore.Unplaced unplaced = actions.unplaced();
        return mirror(unplaced.postmortems()) + mirror(unplaced.tickets());
    }

    private int mirror(Set<Long> issueIds) {
        List<Long> ids = new ArrayList<>(issueIds);
        int mirrored = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (var read : jira.tickets(ids.subList(from, Math.min(ids.size(), from + BATCH))).entrySet()) {
                actions.ticketChanged(read.getKey(), read.getValue().state());
                mirrored++;
            }
        }
        return mirrored;
    }
}
