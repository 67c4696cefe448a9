package com.atlassian.plugin.web;

import com.atlassian.plugin.web.descriptors.WebPanelModuleDescriptor;

import java.util.List;

/**
 * Stand-in (compile only), the one member the app calls. atlassian-plugins-webfragment-api, a component Jira offers
 * every app: the web panel descriptors of every enabled app at a location, in weight order, without evaluating their
 * conditions (getDisplayableWebPanelDescriptors would evaluate them all).
 */
public interface WebInterfaceManager {
    List<WebPanelModuleDescriptor> getWebPanelDescriptors(String location);
}
