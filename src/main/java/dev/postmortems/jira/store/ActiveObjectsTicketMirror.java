package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.service.followup.FollowUpStore;
import dev.postmortems.jira.service.followup.IssueState;
import net.java.ao.Entity;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A table whose rows follow a Jira issue's due date and resolution (actions, reviews, started postmortems): the reads
 * and writes of the mirror, which the JQL functions and the reminders use, are the same for each.
 */
abstract class ActiveObjectsTicketMirror<T extends Entity & MirroredDates> implements FollowUpStore {
    protected final ActiveObjects ao;
    private final Class<T> type;
    private final String ticketColumn;
    private final Function<T, Long> ticketOf;
    private final String columns;

    /**
     * @param ticketColumn  the column that names the Jira issue a row follows, read by {@code ticketOf}
     * @param ownColumns    the further columns a table mirrors, which {@link #followOwn} writes and {@link #followers} reads
     */
    ActiveObjectsTicketMirror(ActiveObjects ao, Class<T> type, String ticketColumn, Function<T, Long> ticketOf, String... ownColumns) {
        this.ao = ao;
        this.type = type;
        this.ticketColumn = ticketColumn;
        this.ticketOf = ticketOf;
        List<String> selected = new ArrayList<>(List.of("ID", ticketColumn, MirroredDates.DUE_DAY, MirroredDates.RESOLVED));
        selected.addAll(Arrays.asList(ownColumns));
        this.columns = String.join(", ", selected);
    }

    /** One indexed query; rows change only when Jira's values differ from the mirror. */
    @Override
    public void ticketChanged(long issueId, IssueState now) {
        Long dueDay = now.due().map(LocalDate::toEpochDay).orElse(null);
        for (T row : ao.find(type, Query.select(columns).where(followers(), followerParameters(issueId)))) {
            boolean changed = followOwn(row, issueId, now);
            if (Objects.equals(ticketOf.apply(row), issueId) && (!Objects.equals(row.getDueDay(), dueDay) || row.getResolved() != now.resolved())) {
                row.setDueDay(dueDay);
                row.setResolved(now.resolved());
                changed = true;
            }
            if (changed) {
                row.save();
            }
        }
    }

    /** Which rows follow an issue: those of its ticket, unless a table has more to follow. */
    protected String followers() {
        return ticketColumn + " = ?";
    }

    protected Object[] followerParameters(long issueId) {
        return new Object[] {issueId};
    }

    /** Sets a table's own mirrored columns from the issue's state; says whether any changed. None by default. */
    protected boolean followOwn(T row, long issueId, IssueState now) {
        return false;
    }

    /** The unresolved tickets due before {@code dueBefore}, from one indexed query. */
    @Override
    public List<Long> overdueTickets(LocalDate dueBefore) {
        return column(ticketOf, Query.select("ID, " + ticketColumn)
                .where(MirroredDates.RESOLVED + " = ? AND " + MirroredDates.DUE_DAY + " < ? AND " + ticketColumn
                        + " IS NOT NULL", false, dueBefore.toEpochDay()));
    }

    /**
     * Overdue tickets whose last reminder, if any, was for another due date, oldest first. The two columns are compared
     * here rather than in SQL, where comparing one column with another needs quoting that differs between databases.
     */
    @Override
    public List<Long> overdueWithoutReminder(LocalDate dueBefore, int limit) {
        List<Long> tickets = new ArrayList<>();
        ao.stream(type, Query.select("ID, " + ticketColumn + ", " + MirroredDates.DUE_DAY + ", " + MirroredDates.REMINDED_DUE_DAY)
                .where(MirroredDates.RESOLVED + " = ? AND " + MirroredDates.DUE_DAY + " < ? AND " + ticketColumn
                        + " IS NOT NULL", false, dueBefore.toEpochDay()).order("ID"), row -> {
            if (tickets.size() < limit && !Objects.equals(row.getRemindedDueDay(), row.getDueDay())) {
                tickets.add(ticketOf.apply(row));
            }
        });
        return tickets;
    }

    /** Like {@link #overdueWithoutReminder}, for the pre-due reminder's window and column. */
    @Override
    public List<Long> dueSoonWithoutReminder(LocalDate from, LocalDate to, int limit) {
        List<Long> tickets = new ArrayList<>();
        ao.stream(type, Query.select("ID, " + ticketColumn + ", " + MirroredDates.DUE_DAY + ", " + MirroredDates.FORE_REMINDED_DUE_DAY)
                .where(MirroredDates.RESOLVED + " = ? AND " + MirroredDates.DUE_DAY + " >= ? AND " + MirroredDates.DUE_DAY + " <= ? AND "
                        + ticketColumn + " IS NOT NULL", false, from.toEpochDay(), to.toEpochDay()).order("ID"), row -> {
            if (tickets.size() < limit && !Objects.equals(row.getForeRemindedDueDay(), row.getDueDay())) {
                tickets.add(ticketOf.apply(row));
            }
        });
        return tickets;
    }

    @Override
    public Optional<LocalDate> foreRemindedFor(long ticketId) {
        return remindedFor(ticketId, MirroredDates.FORE_REMINDED_DUE_DAY, MirroredDates::getForeRemindedDueDay);
    }

    @Override
    public void markForeReminded(long ticketId, LocalDate dueDate) {
        markReminded(ticketId, MirroredDates.FORE_REMINDED_DUE_DAY, row -> row.setForeRemindedDueDay(dueDate.toEpochDay()));
    }

    @Override
    public List<Long> ticketsAfter(long afterTicketId, int limit) {
        return column(ticketOf, Query.select("ID, " + ticketColumn)
                .where(ticketColumn + " > ?", afterTicketId).order(ticketColumn).limit(limit));
    }

    @Override
    public Optional<LocalDate> remindedFor(long ticketId) {
        return remindedFor(ticketId, MirroredDates.REMINDED_DUE_DAY, MirroredDates::getRemindedDueDay);
    }

    @Override
    public void markReminded(long ticketId, LocalDate dueDate) {
        markReminded(ticketId, MirroredDates.REMINDED_DUE_DAY, row -> row.setRemindedDueDay(dueDate.toEpochDay()));
    }

    /** The due day one kind of reminder was last written for, from its column. */
    private Optional<LocalDate> remindedFor(long ticketId, String column, Function<T, Long> reminded) {
        return Arrays.stream(ao.find(type, Query.select("ID, " + column).where(ticketColumn + " = ?", ticketId)))
                .map(reminded).filter(Objects::nonNull).findFirst().map(LocalDate::ofEpochDay);
    }

    private void markReminded(long ticketId, String column, java.util.function.Consumer<T> mark) {
        for (T row : ao.find(type, Query.select("ID, " + column).where(ticketColumn + " = ?", ticketId))) {
            mark.accept(row);
            row.save();
        }
    }

    /**
     * One column of many rows, distinct, in the order read. Streamed: the rows are read-only and never cached, which
     * keeps tens of thousands of results fast.
     */
    protected <V> List<V> column(Function<T, V> value, Query query) {
        Set<V> values = new LinkedHashSet<>();
        ao.stream(type, query, row -> values.add(value.apply(row)));
        return List.copyOf(values);
    }
}
