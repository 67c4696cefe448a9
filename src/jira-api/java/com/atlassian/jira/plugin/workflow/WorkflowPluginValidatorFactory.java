package com.atlassian.jira.plugin.workflow;

/** Stand-in (compile only). The marker interface a workflow-validator module's class implements. */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
