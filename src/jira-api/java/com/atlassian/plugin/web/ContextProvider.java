package com.atlassian.plugin.web;

import java.util.Map;

/**
 * Stand-in (compile only). Evidence: webfragment-api 3.0.5 sources; JSW 11.1 javadoc.: both
 * abstract methods, since the app implements this SPI. init declares the unchecked PluginParseException.
 */
public interface ContextProvider {
    void init(Map<String, String> params);

    Map<String, Object> getContextMap(Map<String, Object> context);
}
