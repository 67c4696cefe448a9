package dev.postmortems.jira.jiradouble;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** SAL plugin settings, in memory: one global map and one map per key, shared like Jira's database. */
public final class InMemoryPluginSettingsFactory implements PluginSettingsFactory {
    private final Map<String, Map<String, Object>> byKey = new ConcurrentHashMap<>();

    @Override
    public PluginSettings createSettingsForKey(String key) {
        return new MapSettings(byKey.computeIfAbsent("key:" + key, k -> new ConcurrentHashMap<>()));
    }

    /** Every value, by settings map ("global" or "key:…") and key. */
    public Map<String, Map<String, Object>> all() {
        Map<String, Map<String, Object>> all = new java.util.TreeMap<>();
        byKey.forEach((map, values) -> all.put(map, new java.util.TreeMap<>(values)));
        return all;
    }

    public void restore(Map<String, Map<String, Object>> all) {
        all.forEach((map, values) -> byKey.computeIfAbsent(map, k -> new ConcurrentHashMap<>()).putAll(values));
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return new MapSettings(byKey.computeIfAbsent("global", k -> new ConcurrentHashMap<>()));
    }

    private record MapSettings(Map<String, Object> values) implements PluginSettings {
        @Override
        public Object get(String key) {
            return values.get(key);
        }

        @Override
        public Object put(String key, Object value) {
            return value == null ? values.remove(key) : values.put(key, value);
        }

        @Override
        public Object remove(String key) {
            return values.remove(key);
        }
    }
}
