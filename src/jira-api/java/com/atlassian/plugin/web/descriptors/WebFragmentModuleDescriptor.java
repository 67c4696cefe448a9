package com.atlassian.plugin.web.descriptors;

/**
 * Stand-in (compile only). atlassian-plugins-webfragment-api: the descriptor of a web item, section or panel. The
 * real interface also extends WeightedDescriptor and StateAware, which the app does not use.
 */
public interface WebFragmentModuleDescriptor<T> extends com.atlassian.plugin.ModuleDescriptor<T> {
}
