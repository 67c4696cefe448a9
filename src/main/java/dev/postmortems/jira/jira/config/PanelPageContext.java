package dev.postmortems.jira.jira.config;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import java.util.HashMap;
import java.util.Map;

/** What a panel page's context provider does: ask for the pages' script, put the page's model and the app's texts in. */
abstract class PanelPageContext implements ContextProvider {
    private final PageBuilderService pageBuilderService;
    private final I18nResolver i18nResolver;
    private final String modelName;

    PanelPageContext(PageBuilderService pageBuilderService, I18nResolver i18nResolver, String modelName) {
        this.pageBuilderService = pageBuilderService;
        this.i18nResolver = i18nResolver;
        this.modelName = modelName;
    }

    /** The page's view model, from what the servlet put in the context. */
    abstract Object model(Map<String, Object> context);

    @Override
    public final void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        pageBuilderService.assembler().resources().requireWebResource("dev.postmortems.jira:configuration-resources");
        Map<String, Object> page = new HashMap<>(context);
        page.put(modelName, model(context));
        page.put("i18n", i18nResolver);
        return page;
    }
}
