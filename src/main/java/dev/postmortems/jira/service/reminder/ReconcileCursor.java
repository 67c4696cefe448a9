package dev.postmortems.jira.service.reminder;

/** Port: where the reconciliation of each kind of ticket stopped, so each run checks the next stretch. */
public interface ReconcileCursor {
    long position(String kind);

    void move(String kind, long afterTicketId);
}
