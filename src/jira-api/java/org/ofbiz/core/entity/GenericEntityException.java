package org.ofbiz.core.entity;

/**
 * Stand-in (compile only). Evidence: Jira 4.0 and 7.0 javadoc, declared by IssueManager.getIssueIdsForProject. The app
 * never names it in its bytecode (it catches Exception there), so the bundle imports nothing from this package.
 */
public class GenericEntityException extends org.ofbiz.core.util.GeneralException {
    public GenericEntityException(String message) {
        super(message);
    }
}
