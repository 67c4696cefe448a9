package dev.postmortems.jira.jira.action;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.RequestSnapshots;
import dev.postmortems.jira.jira.SnapshotPanelContext;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.view.action.ActionsPresenter;

/** The Actions panel's view model: the snapshot's actions with their tickets' live state, and what the add form offers. */
public final class ActionsPanelContext extends SnapshotPanelContext {
    private final ActionService actionService;
    private final ActionsPresenter actionsPresenter;

    public ActionsPanelContext(ActionService actionService, ActionsPresenter actionsPresenter, RequestSnapshots snapshots,
            PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(snapshots, pageBuilderService, i18nResolver, "dev.postmortems.jira:action-resources", "actions");
        this.actionService = actionService;
        this.actionsPresenter = actionsPresenter;
    }

    @Override
    protected Object model(PostmortemSnapshot postmortem) {
        return actionsPresenter.present(postmortem, actionService.form(postmortem.postmortem()));
    }
}
