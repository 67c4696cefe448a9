package com.atlassian.scheduler;

/** Stand-in (compile only). ref §18: a checked exception. */
public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }
}
