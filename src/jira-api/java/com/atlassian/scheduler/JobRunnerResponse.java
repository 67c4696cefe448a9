package com.atlassian.scheduler;

/** Stand-in (compile only). A final class with static factories. */
public final class JobRunnerResponse {
    private final String message;

    private JobRunnerResponse(String message) {
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(String.valueOf(cause));
    }

    public String getMessage() {
        return message;
    }
}
