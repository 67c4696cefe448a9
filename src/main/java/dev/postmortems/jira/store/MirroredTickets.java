package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Entity;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads and writes of the mirrored due date and resolution, the same for action and review records. */
final class MirroredTickets {
    private static final String COLUMNS = String.join(", ", "ID", MirroredTicket.TICKET_ID, MirroredTicket.DUE_DAY,
            MirroredTicket.RESOLVED);

    private MirroredTickets() {
    }

    /** One indexed query; rows change only when Jira's values differ from the mirror. */
    static <T extends Entity & MirroredTicket> void record(ActiveObjects ao, Class<T> type, long ticketId,
                                                           Optional<LocalDate> due, boolean resolved) {
        Long dueDay = due.map(LocalDate::toEpochDay).orElse(null);
        for (T row : ao.find(type, Query.select(COLUMNS).where(MirroredTicket.TICKET_ID + " = ?", ticketId))) {
            if (!java.util.Objects.equals(row.getDueDay(), dueDay) || row.getResolved() != resolved) {
                row.setDueDay(dueDay);
                row.setResolved(resolved);
                row.save();
            }
        }
    }

    /** The unresolved tickets due before today, from one indexed query. */
    static <T extends Entity & MirroredTicket> List<Long> overdue(ActiveObjects ao, Class<T> type, LocalDate today) {
        return column(ao, type, MirroredTicket::getTicketId, Query.select("ID, " + MirroredTicket.TICKET_ID)
                .where(MirroredTicket.RESOLVED + " = ? AND " + MirroredTicket.DUE_DAY + " < ? AND " + MirroredTicket.TICKET_ID
                        + " IS NOT NULL", false, today.toEpochDay()));
    }

    /**
     * Overdue tickets whose last reminder, if any, was for another due date, oldest first. The two columns are compared
     * here rather than in SQL, where comparing one column with another needs quoting that differs between databases.
     */
    static <T extends Entity & MirroredTicket> List<Long> overdueWithoutReminder(ActiveObjects ao, Class<T> type, LocalDate today,
                                                                                 int limit) {
        List<Long> tickets = new java.util.ArrayList<>();
        ao.stream(type, Query.select("ID, " + MirroredTicket.TICKET_ID + ", " + MirroredTicket.DUE_DAY + ", " + MirroredTicket.REMINDED_DUE_DAY)
                .where(MirroredTicket.RESOLVED + " = ? AND " + MirroredTicket.DUE_DAY + " < ? AND " + MirroredTicket.TICKET_ID
                        + " IS NOT NULL", false, today.toEpochDay()).order("ID"), row -> {
            if (tickets.size() < limit && !java.util.Objects.equals(row.getRemindedDueDay(), row.getDueDay())) {
                tickets.add(row.getTicketId());
            }
        });
        return tickets;
    }

    static <T extends Entity & MirroredTicket> List<Long> ticketsAfter(ActiveObjects ao, Class<T> type, long afterTicketId, int limit) {
        return column(ao, type, MirroredTicket::getTicketId, Query.select("ID, " + MirroredTicket.TICKET_ID)
                .where(MirroredTicket.TICKET_ID + " > ?", afterTicketId).order(MirroredTicket.TICKET_ID).limit(limit));
    }

    static <T extends Entity & MirroredTicket> Optional<LocalDate> remindedFor(ActiveObjects ao, Class<T> type, long ticketId) {
        return Arrays.stream(ao.find(type, Query.select("ID, " + MirroredTicket.REMINDED_DUE_DAY)
                        .where(MirroredTicket.TICKET_ID + " = ?", ticketId)))
                .map(MirroredTicket::getRemindedDueDay).filter(java.util.Objects::nonNull).findFirst().map(LocalDate::ofEpochDay);
    }

    static <T extends Entity & MirroredTicket> void markReminded(ActiveObjects ao, Class<T> type, long ticketId, LocalDate due) {
        for (T row : ao.find(type, Query.select("ID, " + MirroredTicket.REMINDED_DUE_DAY).where(MirroredTicket.TICKET_ID + " = ?", ticketId))) {
            row.setRemindedDueDay(due.toEpochDay());
            row.save();
        }
    }

    /**
     * One column of many rows, distinct, in the order read. Streamed: the rows are read-only and never cached, which
     * keeps tens of thousands of results fast.
     */
    static <T extends Entity, V> List<V> column(ActiveObjects ao, Class<T> type, java.util.function.Function<T, V> value, Query query) {
        java.util.Set<V> values = new java.util.LinkedHashSet<>();
        ao.stream(type, query, row -> values.add(value.apply(row)));
        return List.copyOf(values);
    }
}
