package dev.postmortems.jira.service.reminder;

import dev.postmortems.jira.domain.followup.FollowUpCalendar;
import dev.postmortems.jira.service.followup.FollowUpToday;
import dev.postmortems.jira.service.followup.FollowUpStore;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Comments once on each review or action ticket that has newly gone overdue, mentioning its assignee, so Jira's own
 * notifications reach them; and, when an administrator asked for it, once a few days before a ticket falls due. One
 * reminder of each kind per due date; they are written as the author the administrator chose, or with none; each ticket is handled under its
 * cluster lock and re-checked there, so two runs at once — or on two nodes — never comment twice. What Jira says
 * now also corrects the mirrored due date and resolution; and each run reconciles the next stretch of mirrored
 * tickets with Jira, for changes that came without an event.
 */
public final class OverdueReminders {
    /** Bounded work per run: the rest waits for the next run. */
    public static final int MAX_PER_RUN = 500;
    /** Tickets of each kind compared with Jira per run, read from Jira in batches. */
    public static final int RECONCILE_PER_RUN = 20_000;
    private static final int BATCH = 500;

    private final FollowUpStore reviews;
    private final FollowUpStore actions;
    private final FollowUpStore postmortems;
    private final ReminderTickets tickets;
    private final EditLock editLock;
    private final Messages messages;
    private final FollowUpToday followUpToday;
    private final ReconcileCursor cursor;
    private final ReminderPreferences preferences;

    public OverdueReminders(FollowUpStore reviews, FollowUpStore actions, FollowUpStore postmortems, ReminderTickets tickets,
                            EditLock editLock,
                            Messages messages, FollowUpToday followUpToday, ReconcileCursor cursor, ReminderPreferences preferences) {
        this.reviews = reviews;
        this.actions = actions;
        this.postmortems = postmortems;
        this.tickets = tickets;
        this.editLock = editLock;
        this.messages = messages;
        this.followUpToday = followUpToday;
        this.cursor = cursor;
        this.preferences = preferences;
    }

    /** @return how many reminders were written */
    public int run() {
        reconcile(reviews, "review");
        reconcile(actions, "action");
        reconcile(postmortems, "postmortem");
        LocalDate today = followUpToday.date();
        Optional<String> author = preferences.author();
        int sent = remind(reviews, "review", today, author, MAX_PER_RUN);
        sent += remind(actions, "action", today, author, MAX_PER_RUN - sent);
        // A postmortem past its due date: once, to its facilitator (its assignee).
        sent += remind(postmortems, "postmortem", today, author, MAX_PER_RUN - sent);
        int daysAhead = preferences.daysBeforeDue();
        if (daysAhead > 0) {
            sent += remindAhead(reviews, "review", today, daysAhead, author, MAX_PER_RUN - sent);
            sent += remindAhead(actions, "action", today, daysAhead, author, MAX_PER_RUN - sent);
            sent += remindAhead(postmortems, "postmortem", today, daysAhead, author, MAX_PER_RUN - sent);
        }
        return sent;
    }

    /** Compares the next stretch of mirrored tickets with Jira; after the last one, starts again from the first. */
    int reconcile(FollowUpStore store, String kind) {
        List<Long> stretch = store.ticketsAfter(cursor.position(kind), RECONCILE_PER_RUN);
        for (int from = 0; from < stretch.size(); from += BATCH) {
            List<Long> batch = stretch.subList(from, Math.min(stretch.size(), from + BATCH));
            tickets.tickets(batch).forEach((ticketId, now) -> store.ticketChanged(ticketId, now.state()));
        }
        cursor.move(kind, stretch.size() < RECONCILE_PER_RUN ? 0L : stretch.get(stretch.size() - 1));
        return stretch.size();
    }

    private int remind(FollowUpStore store, String kind, LocalDate today, Optional<String> author, int limit) {
        if (limit <= 0) {
            return 0;
        }
        int sent = 0;
        List<Long> candidates = store.overdueWithoutReminder(FollowUpCalendar.firstDayNotOverdue(today), limit);
        for (long ticketId : candidates) {
            if (editLock.whileEditing(ticketId, () -> remindOnce(store, kind, today, author, ticketId))) {
                sent++;
            }
        }
        return sent;
    }

    private int remindAhead(FollowUpStore store, String kind, LocalDate today, int daysAhead, Optional<String> author, int limit) {
        if (limit <= 0) {
            return 0;
        }
        int sent = 0;
        List<Long> candidates = store.dueSoonWithoutReminder(today, FollowUpCalendar.lastDayDueSoon(today, daysAhead), limit);
        for (long ticketId : candidates) {
            if (editLock.whileEditing(ticketId, () -> remindAheadOnce(store, kind, today, daysAhead, author, ticketId))) {
                sent++;
            }
        }
        return sent;
    }

    /** Re-checked under the ticket's lock with what Jira says now, as the overdue reminder is. */
    private boolean remindAheadOnce(FollowUpStore store, String kind, LocalDate today, int daysAhead, Optional<String> author,
                                    long ticketId) {
        Optional<ReminderTickets.TicketNow> now = tickets.ticket(ticketId);
        if (now.isEmpty()) {
            return false;
        }
        ReminderTickets.TicketNow ticket = now.get();
        store.ticketChanged(ticketId, ticket.state());
        if (!FollowUpCalendar.isDueSoon(ticket.due(), ticket.resolved(), today, daysAhead) || store.foreRemindedFor(ticketId).equals(ticket.due())) {
            return false;
        }
        LocalDate due = ticket.due().get();
        String text = ticket.assignee()
                .map(assignee -> messages.text("postmortems.reminder." + kind + ".due-soon", "[~" + assignee + "]", due.toString()))
                .orElseGet(() -> messages.text("postmortems.reminder." + kind + ".due-soon.unassigned", due.toString()));
        tickets.comment(ticketId, text, author);
        store.markForeReminded(ticketId, due);
        return true;
    }

    private boolean remindOnce(FollowUpStore store, String kind, LocalDate today, Optional<String> author, long ticketId) {
        Optional<ReminderTickets.TicketNow> now = tickets.ticket(ticketId);
        if (now.isEmpty()) {
            return false;
        }
        ReminderTickets.TicketNow ticket = now.get();
        store.ticketChanged(ticketId, ticket.state());
        if (!FollowUpCalendar.isOverdue(ticket.due(), ticket.resolved(), today) || store.remindedFor(ticketId).equals(ticket.due())) {
            return false;
        }
        LocalDate due = ticket.due().get();
        String text = ticket.assignee()
                .map(assignee -> messages.text("postmortems.reminder." + kind, "[~" + assignee + "]", due.toString()))
                .orElseGet(() -> messages.text("postmortems.reminder." + kind + ".unassigned", due.toString()));
        tickets.comment(ticketId, text, author);
        store.markReminded(ticketId, due);
        return true;
    }
}
