package com.atlassian.scheduler;

/** Stand-in (compile only). A checked exception. */
public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }
}
