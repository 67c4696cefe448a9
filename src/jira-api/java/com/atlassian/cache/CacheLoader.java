package com.atlassian.cache;

/**
 * Stand-in (compile only). atlassian-cache's loader, named as the parameter type of Jira's
 * {@code RequestCacheFactory.createRequestCache(String, com.atlassian.cache.CacheLoader<K,V>)} in Jira's javadoc
 * (docs.atlassian.com/jira/latest/com/atlassian/jira/cache/request/RequestCacheFactory.html). One abstract method,
 * which the app implements with a lambda.
 */
public interface CacheLoader<K, V> {
    V load(K key);
}
