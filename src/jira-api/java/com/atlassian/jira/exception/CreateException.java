package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

/**
 * Stand-in (compile only). {@code public class CreateException extends com.atlassian.jira.JiraException}, checked,
 * as Jira declares it (Jira 6.3 source; Jira 7 javadoc), so a {@code catch (JiraException e)} catches it as in Jira.
 */
public class CreateException extends JiraException {
    private static final long serialVersionUID = 1L;

    public CreateException(String message) {
        super(message);
    }
}
