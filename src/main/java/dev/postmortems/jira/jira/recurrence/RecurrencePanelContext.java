package dev.postmortems.jira.jira.recurrence;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import dev.postmortems.jira.service.recurrence.RecurrencePresenter;
import dev.postmortems.jira.service.recurrence.RecurrenceService;

/** The recurrence notice's view model: one read of the postmortem's links and one batch of issues. */
public final class RecurrencePanelContext extends PostmortemPanelContext {
    private final RecurrenceService recurrenceService;
    private final RecurrencePresenter recurrencePresenter;

    public RecurrencePanelContext(RecurrenceService recurrenceService, RecurrencePresenter recurrencePresenter,
                                  PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:recurrence-resources", "recurrence");
        this.recurrenceService = recurrenceService;
        this.recurrencePresenter = recurrencePresenter;
    }

    @Override
    protected Object model(Issue postmortem) {
        return recurrencePresenter.present(recurrenceService.recurrences(postmortem.getKey()));
    }
}
