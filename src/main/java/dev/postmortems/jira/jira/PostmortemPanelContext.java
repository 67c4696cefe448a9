package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import java.util.HashMap;
import java.util.Map;

/**
 * What every postmortem panel's context provider does: ask for the panel's script and styles (only on pages that
 * show it), put the panel's view model and the app's texts in the template's context. Each panel says which; most
 * are projections of the postmortem's snapshot ({@link SnapshotPanelContext}).
 */
public abstract class PostmortemPanelContext implements ContextProvider {
    private final PageBuilderService pageBuilderService;
    private final I18nResolver i18nResolver;
    private final String resources;
    private final String modelName;

    protected PostmortemPanelContext(PageBuilderService pageBuilderService, I18nResolver i18nResolver, String resources,
                                     String modelName) {
        this.pageBuilderService = pageBuilderService;
        this.i18nResolver = i18nResolver;
        this.resources = resources;
        this.modelName = modelName;
    }

    /** The panel's view model for the Postmortem shown, as the current user sees it. */
    protected abstract Object model(Issue postmortem);

    /** Further view models a panel shows beside its own (none unless it says so), by their names in the template. */
    protected Map<String, Object> besides(Issue postmortem) {
        return Map.of();
    }

    @Override
    public final void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        pageBuilderService.assembler().resources().requireWebResource(resources);
        Map<String, Object> panel = new HashMap<>(context);
        panel.put(modelName, model((Issue) context.get("issue")));
        panel.putAll(besides((Issue) context.get("issue")));
        panel.put("i18n", i18nResolver);
        return panel;
    }
}
