package dev.postmortems.jira.jiradouble;

import com.atlassian.plugin.web.WebInterfaceManager;
import com.atlassian.plugin.web.descriptors.WebPanelModuleDescriptor;

import java.util.List;

/**
 * Jira's web interface manager over the app's descriptor: its web panels, rendered as {@link WebFragments} renders
 * them. The app's context is built after the double, so the panels are served once it exists ({@link #serve}).
 */
public final class DoubleWebInterfaceManager implements WebInterfaceManager {
    private volatile WebFragments fragments;

    public void serve(WebFragments webFragments) {
        this.fragments = webFragments;
    }

    @Override
    public List<WebPanelModuleDescriptor> getWebPanelDescriptors(String location) {
        if (fragments == null) {
            throw new IllegalStateException("The double's web panels are served once the app's context exists: call serve");
        }
        return fragments.webPanelDescriptors(location);
    }
}
