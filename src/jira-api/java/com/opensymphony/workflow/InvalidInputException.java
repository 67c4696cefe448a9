package com.opensymphony.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in (compile only). OSWorkflow 2.x source: the constructor InvalidInputException(Object) adds a String as one
 * generic error, which Jira shows on the transition; getGenericErrors() returns them.
 */
@SuppressWarnings("rawtypes")
public class InvalidInputException extends WorkflowException {
    private final List<Object> genericErrors = new ArrayList<>();

    public InvalidInputException(Object o) {
        genericErrors.add(String.valueOf(o));
    }

    public List getGenericErrors() {
        return genericErrors;
    }
}
