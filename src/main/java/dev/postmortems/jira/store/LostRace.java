package dev.postmortems.jira.store;

import java.sql.SQLException;

/**
 * Whether a failed write lost a race with a concurrent one. Under read-committed isolation (Jira's) the loser of
 * a compare-and-set simply finds nothing to replace; under stricter isolation the database aborts it instead —
 * PostgreSQL with "could not serialize access" (SQL state 40001), H2 and others with a deadlock (40P01) or a lock
 * timeout (HYT00). Either way the write was stale, not broken.
 */
final class LostRace {
    private LostRace() {
    }

    static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || "HYT00".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
