package com.atlassian.scheduler.config;

/** Stand-in (compile only). An immutable final class; the app uses forInterval. */
public final class Schedule {
    private Schedule() {
    }

    public static Schedule forInterval(long intervalInMillis, java.util.Date firstRunTime) {
        return new Schedule();
    }
}
