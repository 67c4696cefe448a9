package dev.postmortems.jira.domain.cause;

import java.util.List;
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

    /** Two root causes are the same cause when both the category and the component match. */
    public boolean sameCauseAs(RootCauseCategory other) {
        return cause().isPresent() && cause().equals(other.cause());
    }

    /**
     * What makes the same cause, as a value to group root causes by: the category and the component. A root cause
     * sorted without a component has none, and is never the same cause as another.
     */
    public Optional<List<Long>> cause() {
        return component.map(found -> List.of(categoryId, found.id()));
    }
}
