package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jira's issue types, in memory. Ids are Strings, as in Jira. Thread-safe, like a cluster's shared database. */
public final class InMemoryIssueTypeManager implements IssueTypeManager {
    private final Map<String, StoredIssueType> types = new LinkedHashMap<>();
    private final List<String> createdNames = new ArrayList<>();
    private long nextId = 10_000;

    private final ReadDelay delay;

    public InMemoryIssueTypeManager(ReadDelay delay) {
        this.delay = delay;
        add("Bug", false);
        add("Task", false);
        add("Sub-task", true);
    }

    @Override
    public synchronized IssueType createIssueType(String name, String description, Long avatarId) {
        StoredIssueType type = add(name, false);
        type.description = description;
        type.avatarId = avatarId;
        createdNames.add(name);
        return type;
    }

    @Override
    public Collection<IssueType> getIssueTypes() {
        List<IssueType> snapshot;
        synchronized (this) {
            snapshot = List.copyOf(types.values());
        }
        delay.pause();
        return snapshot;
    }

    @Override
    public synchronized IssueType getIssueType(String id) {
        return types.get(id);
    }

    /** What an admin does on Jira's issue types page. */
    public synchronized void rename(String id, String newName) {
        types.get(id).name = newName;
    }

    public synchronized void delete(String id) {
        types.remove(id);
    }

    /** Every name passed to {@link #createIssueType}, in order, duplicates included. */
    public synchronized List<String> createdNames() {
        return List.copyOf(createdNames);
    }

    public synchronized Long avatarIdOf(String id) {
        return types.get(id).avatarId;
    }

    public synchronized IssueType byName(String name) {
        return types.values().stream().filter(t -> t.name.equals(name)).findFirst().orElse(null);
    }

    /** An issue type as it was stored: Jira's own ones and those created since. */
    public record State(String id, String name, String description, Long avatarId, boolean subTask) {
    }

    public synchronized List<State> all() {
        return types.values().stream().map(type -> new State(type.id, type.name, type.description, type.avatarId, type.subTask)).toList();
    }

    /** Puts back an issue type with its id, as when Jira's database is read again. */
    public synchronized void restore(State state) {
        StoredIssueType type = new StoredIssueType(state.id(), state.name(), state.subTask());
        type.description = state.description();
        type.avatarId = state.avatarId();
        types.put(type.id, type);
        nextId = Math.max(nextId, Long.parseLong(state.id()) + 1);
    }

    private StoredIssueType add(String name, boolean subTask) {
        StoredIssueType type = new StoredIssueType(Long.toString(nextId++), name, subTask);
        types.put(type.id, type);
        return type;
    }

    private static final class StoredIssueType implements IssueType {
        private final String id;
        private final boolean subTask;
        private volatile String name;
        private volatile String description;
        private volatile Long avatarId;

        private StoredIssueType(String id, String name, boolean subTask) {
            this.id = id;
            this.name = name;
            this.subTask = subTask;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public boolean isSubTask() {
            return subTask;
        }
    }
}
