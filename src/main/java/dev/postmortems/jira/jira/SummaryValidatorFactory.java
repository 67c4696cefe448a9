package dev.postmortems.jira.jira;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.sal.api.message.I18nResolver;
import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/**
 * The module class of a validator with nothing to configure: the workflow editor's list of a transition's validators
 * shows what it checks, in the admin's language.
 */
public abstract class SummaryValidatorFactory implements WorkflowPluginValidatorFactory {
    private final I18nResolver i18n;
    private final String summaryKey;

    protected SummaryValidatorFactory(I18nResolver i18n, String summaryKey) {
        this.i18n = i18n;
        this.summaryKey = summaryKey;
    }

    @Override
    public final Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        return Map.of("validatorSummary", i18n.getText(summaryKey));
    }

    @Override
    public final Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }
}
