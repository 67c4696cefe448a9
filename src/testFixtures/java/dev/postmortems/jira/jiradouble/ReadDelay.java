package dev.postmortems.jira.jiradouble;

/**
 * A read that returns a little later than it looked, as over a real database: the window in which two cluster
 * nodes without a lock would both see "missing" and both create. Off unless a test of cluster safety asks for it
 * ({@link JiraDouble#slowReads()}), so every other test runs at full speed.
 */
public final class ReadDelay {
    private volatile boolean on;

    void pause() {
        if (!on) {
            return;
        }
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void turnOn() {
        on = true;
    }
}
