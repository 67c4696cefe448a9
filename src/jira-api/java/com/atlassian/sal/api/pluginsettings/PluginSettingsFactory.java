package com.atlassian.sal.api.pluginsettings;

/** Stand-in (compile only). Evidence: (SAL 2.10, sal-api 5.0.2 impl, Jira 11.3.1 use). */
public interface PluginSettingsFactory {
    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
