package com.atlassian.plugin.web.descriptors;

import com.atlassian.plugin.web.model.WebPanel;

/**
 * Stand-in (compile only). atlassian-plugins-webfragment-api, since 2.6.0: a {@code web-panel} module. The real
 * interface also extends WeightedDescriptor.
 */
public interface WebPanelModuleDescriptor extends WebFragmentModuleDescriptor<WebPanel> {
    /** The location in the host application where the web panel is embedded. */
    String getLocation();
}
