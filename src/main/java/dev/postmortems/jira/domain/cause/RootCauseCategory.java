package dev.postmortems.jira.domain.cause;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a root cause is sorted: a category of the site's list and, optionally, a component of the postmortem's
 * project. The component's name is kept as it was when chosen, so JQL finds it by the name people knew.
 */
public record RootCauseCategory(long categoryId, Optional<CauseComponent> component) {
    public RootCauseCategory {
        Objects.requireNonNull(component, "component");
    }

    /** A Jira component of the postmortem's project. */
    public record CauseComponent(long id, String name) {
        public CauseComponent {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Earlier postmortems count as having the same cause when both the category and the component match. */
    public boolean sameCauseAs(RootCauseCategory other) {
        return component.isPresent() && other.component.isPresent() && categoryId == other.categoryId
                && component.get().id() == other.component.get().id();
    }
}
