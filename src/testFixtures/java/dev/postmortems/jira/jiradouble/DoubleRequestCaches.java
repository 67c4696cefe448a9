package dev.postmortems.jira.jiradouble;

import com.atlassian.cache.CacheLoader;
import com.atlassian.jira.cache.request.RequestCache;
import com.atlassian.jira.cache.request.RequestCacheFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Jira's request-scoped caches: inside {@link #inRequest} each cache loads a key once and keeps it until the request
 * ends, as Jira does for an HTTP request; outside one, every {@code get} loads afresh.
 */
public final class DoubleRequestCaches implements RequestCacheFactory {
    private final ThreadLocal<Map<String, Map<Object, Object>>> request = new ThreadLocal<>();

    @Override
    public <K, V> RequestCache<K, V> createRequestCache(String name, CacheLoader<K, V> cacheLoader) {
        return key -> {
            Map<String, Map<Object, Object>> caches = request.get();
            if (caches == null) {
                return cacheLoader.load(key);
            }
            @SuppressWarnings("unchecked")
            V value = (V) caches.computeIfAbsent(name, any -> new HashMap<>()).computeIfAbsent(key, any -> cacheLoader.load(key));
            return value;
        };
    }

    /** Runs the work as one HTTP request: what the caches load stays until it ends. */
    public <T> T inRequest(Supplier<T> work) {
        Map<String, Map<Object, Object>> outer = request.get();
        request.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            if (outer == null) {
                request.remove();
            } else {
                request.set(outer);
            }
        }
    }
}
