package dev.postmortems.jira.jira.recurrence;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import dev.postmortems.jira.jira.RequestSnapshots;
import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.service.recurrence.RecurrenceService;
import dev.postmortems.jira.view.recurrence.RecurrencePresenter;

/** The Recurrences panel's view model: the incidents marked as recurrences, from Jira's links. */
public final class RecurrencePanelContext extends PostmortemPanelContext {
    private final RecurrenceService recurrenceService;
    private final RecurrencePresenter recurrencePresenter;
    private final RequestSnapshots snapshots;

    public RecurrencePanelContext(RecurrenceService recurrenceService, RecurrencePresenter recurrencePresenter,
                                  RequestSnapshots snapshots, PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:recurrence-resources", "recurrence");
        this.recurrenceService = recurrenceService;
        this.recurrencePresenter = recurrencePresenter;
        this.snapshots = snapshots;
    }

    @Override
    protected Object model(Issue postmortem) {
        // The snapshot is the one the other panels of the page share: no statement more on the issue view.
        return recurrencePresenter.present(recurrenceService.recurrences(postmortem.getKey()), snapshots.of(postmortem.getKey()));
    }
}
