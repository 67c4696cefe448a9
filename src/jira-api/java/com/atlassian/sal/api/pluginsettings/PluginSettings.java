package com.atlassian.sal.api.pluginsettings;

/** Stand-in (compile only). Evidence: (SAL 2.10, sal-api 5.0.2 impl, Jira 11.3.1 use). */
public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
