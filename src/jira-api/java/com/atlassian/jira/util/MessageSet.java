package com.atlassian.jira.util;

import java.util.Set;

/** Stand-in (compile only). @PublicApi interface (6.3 source); the members the app and its tests use. */
public interface MessageSet extends java.io.Serializable {
    Set<String> getErrorMessages();

    boolean hasAnyErrors();

    void addErrorMessage(String errorMessage);
}
