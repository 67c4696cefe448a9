package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.bc.project.component.ProjectComponentManager;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Jira's project components, which a test or the sandbox adds to a project. */
public final class InMemoryProjectComponentManager implements ProjectComponentManager {
    private final Map<Long, List<ProjectComponent>> byProject = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(10_000);

    /** A component of Jira's project. */
    public record DoubleComponent(Long getId, String getName, Long getProjectId) implements ProjectComponent {
    }

    @Override
    public Collection<ProjectComponent> findAllForProject(Long projectId) {
        return List.copyOf(byProject.getOrDefault(projectId, List.of()));
    }

    /** Adds the component to the project; returns its id. */
    public long add(long projectId, String name) {
        DoubleComponent component = new DoubleComponent(ids.incrementAndGet(), name, projectId);
        byProject.computeIfAbsent(projectId, id -> new CopyOnWriteArrayList<>()).add(component);
        return component.getId();
    }
}
