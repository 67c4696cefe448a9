package dev.postmortems.jira.service;

/** The user may see the postmortem but not change it: answered as 403. */
public final class ChangeNotAllowedException extends RuntimeException {
    public ChangeNotAllowedException(String issueKey) {
        super("Not allowed to change " + issueKey);
    }
}
