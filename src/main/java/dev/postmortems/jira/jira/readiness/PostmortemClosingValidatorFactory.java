package dev.postmortems.jira.jira.readiness;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.sal.api.message.I18nResolver;
import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/**
 * The validator's module class. It has nothing to configure; the workflow editor's list of a transition's
 * validators shows what it checks, in the admin's language.
 */
public final class PostmortemClosingValidatorFactory implements WorkflowPluginValidatorFactory {
    private final I18nResolver i18n;

    public PostmortemClosingValidatorFactory(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        return Map.of("validatorSummary", i18n.getText("postmortems.readiness.validator.view"));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }
}
