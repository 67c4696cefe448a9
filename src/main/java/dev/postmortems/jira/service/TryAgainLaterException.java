package dev.postmortems.jira.service;

/** Others are changing the same postmortem right now and did not finish in time: answered as 503. */
public final class TryAgainLaterException extends RuntimeException {
    public TryAgainLaterException() {
        super("The postmortem is busy; try again");
    }
}
