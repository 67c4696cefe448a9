package dev.postmortems.jira.jira.readiness;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/** The validator's module class: it has nothing to configure, so the workflow editor shows only its description. */
public final class PostmortemClosingValidatorFactory implements WorkflowPluginValidatorFactory {
    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        return Map.of();
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }
}
