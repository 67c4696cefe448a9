package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/** Stand-in (compile only). Evidence: 6.3 source; getErrors and hasAnyErrors called on 8.8.1. */
public interface ErrorCollection {
    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    boolean hasAnyErrors();
}
