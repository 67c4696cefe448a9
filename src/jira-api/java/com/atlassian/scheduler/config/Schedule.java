package com.atlassian.scheduler.config;

/**
 * Stand-in (compile only). An immutable final class; the app uses forInterval and runOnce (atlassian-scheduler 1.3
 * sources: {@code public static Schedule runOnce(@Nullable Date runTime)}, null meaning as soon as possible).
 */
public final class Schedule {
    private Schedule() {
    }

    public static Schedule forInterval(long intervalInMillis, java.util.Date firstRunTime) {
        return new Schedule();
    }

    public static Schedule runOnce(java.util.Date runTime) {
        return new Schedule();
    }
}
