package dev.postmortems.jira.jira.recurrence;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.service.recurrence.RecurrenceService;
import dev.postmortems.jira.view.recurrence.RecurrencePresenter;

/** The Recurrences panel's view model: the incidents marked as recurrences, from Jira's links. */
public final class RecurrencePanelContext extends PostmortemPanelContext {
    private final RecurrenceService recurrenceService;
    private final RecurrencePresenter recurrencePresenter;

    public RecurrencePanelContext(RecurrenceService recurrenceService, RecurrencePresenter recurrencePresenter, PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:recurrence-resources", "recurrence");
        this.recurrenceService = recurrenceService;
        this.recurrencePresenter = recurrencePresenter;
    }

    @Override
    protected Object model(Issue postmortem) {
        return recurrencePresenter.present(recurrenceService.recurrences(postmortem.getKey()));
    }
}
