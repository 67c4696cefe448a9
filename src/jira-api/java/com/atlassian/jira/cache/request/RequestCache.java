package com.atlassian.jira.cache.request;

/**
 * Stand-in (compile only). The request-scoped cache {@link RequestCacheFactory} makes; the app calls only the
 * loader form of {@code get}, which the factory's javadoc describes ("calls to get without a supplier" load through
 * the cache loader). Its exact declaration was not found on an 11.3 page: see {@code RequestSnapshots}'s fallback.
 */
public interface RequestCache<K, V> {
    V get(K key);
}
