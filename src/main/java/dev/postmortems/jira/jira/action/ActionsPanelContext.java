package dev.postmortems.jira.jira.action;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.action.ActionsPresenter;

/**
 * The Actions panel's view model: the action records and why-chains in three queries, then the tickets' live
 * state and the postmortem's links in one batch call each, however many actions there are.
 */
public final class ActionsPanelContext extends PostmortemPanelContext {
    private final ActionService actionService;
    private final ActionsPresenter actionsPresenter;

    public ActionsPanelContext(ActionService actionService, ActionsPresenter actionsPresenter,
                               PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:action-resources", "actions");
        this.actionService = actionService;
        this.actionsPresenter = actionsPresenter;
    }

    @Override
    protected Object model(Issue postmortem) {
        return actionsPresenter.present(actionService.actions(postmortem.getKey()));
    }
}
