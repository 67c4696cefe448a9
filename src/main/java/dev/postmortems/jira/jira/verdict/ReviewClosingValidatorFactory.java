package dev.postmortems.jira.jira.verdict;

import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.jira.SummaryValidatorFactory;

/** The review closing validator's module class. */
public final class ReviewClosingValidatorFactory extends SummaryValidatorFactory {
    public ReviewClosingValidatorFactory(I18nResolver i18n) {
        super(i18n, "postmortems.verdict.validator.view");
    }
}
