package dev.postmortems.jira.jiradouble;

/**
 * A read that returns a little later than it looked, as over a real database: the window in which two cluster
 * nodes without a lock would both see "missing" and both create. Tests of cluster safety rely on it.
 */
final class SlowDatabase {
    private SlowDatabase() {
    }

    static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
