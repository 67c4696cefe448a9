package com.atlassian.plugin.web;

import java.util.Map;

/**
 * Stand-in (compile only). Evidence: webfragment-api 3.0.5 sources.: both abstract methods, with
 * their exact erased signatures, since the app implements this SPI. The real type also extends the empty marker
 * BaseCondition, and init declares the unchecked PluginParseException.
 */
public interface Condition {
    void init(Map<String, String> params);

    boolean shouldDisplay(Map<String, Object> context);
}
