package com.atlassian.jira.util;

import java.util.LinkedHashSet;
import java.util.Set;

/** Stand-in (compile only). A public class with a no-argument constructor (6.3 source, many 8+ apps). */
public class MessageSetImpl implements MessageSet {
    private final Set<String> errors = new LinkedHashSet<>();

    public MessageSetImpl() {
    }

    @Override
    public Set<String> getErrorMessages() {
        return errors;
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    @Override
    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }
}
