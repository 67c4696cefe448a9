package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/**
 * Stand-in (compile only). A public class with constructor (ErrorCollection). The app
 * never constructs it; the body serves the Jira double.
 */
public class ServiceResultImpl implements ServiceResult {
    private final ErrorCollection errorCollection;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = errorCollection;
    }

    @Override
    public boolean isValid() {
        return !errorCollection.hasAnyErrors();
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }
}
