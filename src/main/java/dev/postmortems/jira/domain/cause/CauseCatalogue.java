package dev.postmortems.jira.domain.cause;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The site's cause categories, in their order, and the rules for changing them: names unique ignoring case and
 * at most {@value #MAX_NAME_LENGTH} characters, a category in use never deleted, the last one never deleted.
 */
public record CauseCatalogue(List<CauseCategory> categories) {
    public static final int MAX_NAME_LENGTH = 60;

    /** What a new site starts with; administrators rename, reorder, add and remove from there. */
    public static final List<String> SEEDED = List.of("change", "code defect", "capacity/scale", "configuration", "dependency",
            "detection/monitoring", "process", "unknown");

    public CauseCatalogue {
        categories = categories.stream().sorted(Comparator.comparingInt(CauseCategory::position).thenComparingLong(CauseCategory::id))
                .toList();
    }

    public Optional<CauseCategory> byId(long id) {
        return categories.stream().filter(category -> category.id() == id).findFirst();
    }

    /** The category of that name, ignoring case and surrounding blanks, as JQL and people type it. */
    public Optional<CauseCategory> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = key(name);
        return categories.stream().filter(category -> key(category.name()).equals(wanted)).findFirst();
    }

    /** Why {@code name} cannot be given to a new category, or to {@code renamed}; empty if it can. */
    public Optional<CategoryProblem> problemNaming(String name, OptionalLong renamed) {
        if (name == null || name.isBlank()) {
            return Optional.of(CategoryProblem.NAME_MISSING);
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of(CategoryProblem.NAME_TOO_LONG);
        }
        return named(name).filter(other -> renamed.isEmpty() || other.id() != renamed.getAsLong())
                .map(other -> CategoryProblem.NAME_TAKEN);
    }

    /** Why the category cannot be deleted; empty if it can. */
    public Optional<CategoryProblem> problemDeleting(long id, boolean inUse) {
        if (byId(id).isEmpty()) {
            return Optional.of(CategoryProblem.UNKNOWN_CATEGORY);
        }
        if (inUse) {
            return Optional.of(CategoryProblem.IN_USE);
        }
        return categories.size() == 1 ? Optional.of(CategoryProblem.LAST_ONE) : Optional.empty();
    }

    /** A new order must name every category exactly once. */
    public boolean isOrder(List<Long> ids) {
        Set<Long> own = new HashSet<>(categories.stream().map(CauseCategory::id).toList());
        return ids != null && ids.size() == own.size() && new HashSet<>(ids).equals(own);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
