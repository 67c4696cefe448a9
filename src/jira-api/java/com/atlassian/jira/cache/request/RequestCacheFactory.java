package com.atlassian.jira.cache.request;

/**
 * Stand-in (compile only). Jira-api, {@code @ExperimentalApi} since 6.4; the member below is as Jira's javadoc lists
 * it (docs.atlassian.com/jira/latest/com/atlassian/jira/cache/request/RequestCacheFactory.html): "Any code that
 * accesses the resulting request-scoped cache from within an HTTP request or a task scheduled using the
 * atlassian-scheduler API" has it cleared for it. Not seen on an 11.3 page: the app falls back to reading without
 * sharing should Jira not link it (see {@code RequestSnapshots}).
 */
public interface RequestCacheFactory {
    <K, V> RequestCache<K, V> createRequestCache(String name, com.atlassian.cache.CacheLoader<K, V> cacheLoader);
}
