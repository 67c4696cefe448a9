package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.project.Project;

/** A Jira project of the double. */
public record DoubleProject(Long id, String key, String name) implements Project {
    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }
}
