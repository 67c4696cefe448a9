package com.atlassian.jira;

/**
 * Stand-in (compile only). The checked base of Jira's exceptions: {@code public class JiraException extends Exception}
 * with constructors (), (String), (Exception), (String, Exception) (Jira 6.3 source; the same class is the declared
 * supertype of CreateException and SearchException in the Jira 7 and 8 javadoc).
 */
public class JiraException extends Exception {
    private static final long serialVersionUID = 1L;

    public JiraException() {
    }

    public JiraException(String message) {
        super(message);
    }

    public JiraException(Exception cause) {
        super(cause);
    }

    public JiraException(String message, Exception cause) {
        super(message, cause);
    }
}
