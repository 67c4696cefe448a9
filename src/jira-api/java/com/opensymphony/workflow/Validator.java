package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;

import java.util.Map;

/**
 * Stand-in (compile only). OSWorkflow's validator interface, as Jira's javadoc shows it on PermissionValidator and
 * SkippableValidator (7.x, "latest"): validate(Map, Map, PropertySet) throws InvalidInputException, WorkflowException.
 */
@SuppressWarnings("rawtypes")
public interface Validator {
    void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException;
}
