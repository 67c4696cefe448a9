package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jira's issue link types, in memory, with Jira's own "Blocks" and "Relates" present. Thread-safe. */
public final class InMemoryIssueLinkTypeManager implements IssueLinkTypeManager {
    private final Map<Long, StoredLinkType> types = new LinkedHashMap<>();
    private final List<String> createdNames = new ArrayList<>();
    private long nextId = 10_000;

    private final ReadDelay delay;

    public InMemoryIssueLinkTypeManager(ReadDelay delay) {
        this.delay = delay;
        add("Blocks", "blocks", "is blocked by", null);
        add("Relates", "relates to", "relates to", null);
    }

    @Override
    public synchronized void createIssueLinkType(String name, String outward, String inward, String style) {
        add(name, outward, inward, style);
        createdNames.add(name);
    }

    @Override
    public synchronized Collection<IssueLinkType> getIssueLinkTypes() {
        return List.copyOf(types.values());
    }

    @Override
    public synchronized IssueLinkType getIssueLinkType(Long id) {
        return types.get(id);
    }

    @Override
    public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
        List<IssueLinkType> snapshot;
        synchronized (this) {
            snapshot = types.values().stream().filter(t -> t.name.equals(name)).map(IssueLinkType.class::cast).toList();
        }
        delay.pause();
        return snapshot;
    }

    public synchronized void rename(long id, String newName) {
        types.get(id).name = newName;
    }

    public synchronized void delete(long id) {
        types.remove(id);
    }

    public synchronized List<String> createdNames() {
        return List.copyOf(createdNames);
    }

    /** A link type as it was stored. */
    public record State(Long id, String name, String outward, String inward, String style) {
    }

    public synchronized List<State> all() {
        return types.values().stream().map(type -> new State(type.id, type.name, type.outward, type.inward, type.style)).toList();
    }

    /** Puts back a link type with its id, as when Jira's database is read again. */
    public synchronized void restore(State state) {
        types.put(state.id(), new StoredLinkType(state.id(), state.name(), state.outward(), state.inward(), state.style()));
        nextId = Math.max(nextId, state.id() + 1);
    }

    private void add(String name, String outward, String inward, String style) {
        StoredLinkType type = new StoredLinkType(nextId++, name, outward, inward, style);
        types.put(type.id, type);
    }

    private static final class StoredLinkType implements IssueLinkType {
        private final Long id;
        private final String outward;
        private final String inward;
        private final String style;
        private volatile String name;

        private StoredLinkType(Long id, String name, String outward, String inward, String style) {
            this.id = id;
            this.name = name;
            this.outward = outward;
            this.inward = inward;
            this.style = style;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getOutward() {
            return outward;
        }

        @Override
        public String getInward() {
            return inward;
        }

        @Override
        public String getStyle() {
            return style;
        }
    }
}
