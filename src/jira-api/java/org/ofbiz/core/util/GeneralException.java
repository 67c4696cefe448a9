package org.ofbiz.core.util;

/** Stand-in (compile only). Evidence: Jira 4.0 and 7.0 javadoc (IssueManager's throws clauses); a checked exception. */
public class GeneralException extends Exception {
    public GeneralException(String message) {
        super(message);
    }
}
