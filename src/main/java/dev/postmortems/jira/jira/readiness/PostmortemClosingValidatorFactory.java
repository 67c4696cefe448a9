package dev.postmortems.jira.jira.readiness;

import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.jira.SummaryValidatorFactory;

/** The Postmortem closing validator's module class. */
public final class PostmortemClosingValidatorFactory extends SummaryValidatorFactory {
    public PostmortemClosingValidatorFactory(I18nResolver i18n) {
        super(i18n, "postmortems.readiness.validator.view");
    }
}
