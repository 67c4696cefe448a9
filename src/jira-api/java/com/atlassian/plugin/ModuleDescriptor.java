package com.atlassian.plugin;

/**
 * Stand-in (compile only), the two members the app calls. Atlassian Plugins' public API (atlassian-plugins-api),
 * exported by Jira's system bundle: the module's complete key ({@code pluginKey:moduleKey}) and its module; for a
 * web panel, {@code DefaultWebPanelModuleDescriptor.getModule()} wraps the panel so that rendering applies the
 * descriptor's context provider first.
 */
public interface ModuleDescriptor<T> {
    String getCompleteKey();

    T getModule();
}
