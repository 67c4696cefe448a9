package dev.postmortems.jira.jira.action;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.action.ActionsPresenter;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives the Actions panel its view model: the action records and why-chains in two queries, then the tickets'
 * live state, links and priorities in one batch call each, however many actions there are.
 */
public final class ActionsPanelContext implements ContextProvider {
    static final String RESOURCES = "dev.postmortems.jira:action-resources";

    private final ActionService actionService;
    private final ActionsPresenter actionsPresenter;
    private final PageBuilderService pageBuilderService;
    private final I18nResolver i18nResolver;

    public ActionsPanelContext(ActionService actionService, ActionsPresenter actionsPresenter,
                               PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        this.actionService = actionService;
        this.actionsPresenter = actionsPresenter;
        this.pageBuilderService = pageBuilderService;
        this.i18nResolver = i18nResolver;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Issue issue = (Issue) context.get("issue");
        pageBuilderService.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> panel = new HashMap<>(context);
        panel.put("actions", actionsPresenter.present(actionService.actions(issue.getKey())));
        panel.put("i18n", i18nResolver);
        return panel;
    }
}
