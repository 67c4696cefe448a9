package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Jira's projects; a project comes to exist when its first issue does, or when a test adds it. */
public final class InMemoryProjectManager implements ProjectManager {
    private final Map<String, DoubleProject> byKey = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(10_000);

    @Override
    public Project getProjectByCurrentKey(String projectKey) {
        return projectKey == null ? null : byKey.get(projectKey);
    }

    @Override
    public Project getProjectObj(Long id) {
        return byKey.values().stream().filter(project -> project.id().equals(id)).findFirst().orElse(null);
    }

    /** Every project, ordered by key as Jira lists them. */
    public java.util.List<Project> all() {
        return byKey.values().stream().sorted(java.util.Comparator.comparing(DoubleProject::key)).map(Project.class::cast).toList();
    }

    public DoubleProject ensure(String key) {
        return byKey.computeIfAbsent(key, k -> new DoubleProject(ids.incrementAndGet(), k, k + " project"));
    }
}
