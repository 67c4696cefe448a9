package com.atlassian.jira.exception;

/**
 * Stand-in (compile only). jira-api-signatures.md §7: a checked exception (extends JiraException extends Exception
 * in Jira; here directly Exception, which changes nothing for callers that catch it).
 */
public class CreateException extends Exception {
    private static final long serialVersionUID = 1L;

    public CreateException(String message) {
        super(message);
    }
}
