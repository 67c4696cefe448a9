package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/**
 * Stand-in (compile only). The factory of a workflow function module, as public Jira 7–9 apps implement it directly
 * (e.g. jira-qanda's WorkflowFactory): getVelocityParams(String, AbstractDescriptor) and getDescriptorParams(Map),
 * both returning Map&lt;String, ?&gt;.
 */
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
