package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Stand-in (compile only). Evidence: 6.3 source, 7.x javadoc, 8.8.1 calls. */
public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
