package dev.postmortems.jira.view.cause;

import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.cause.CauseCategory;
import dev.postmortems.jira.domain.cause.RootCauseCategory;
import dev.postmortems.jira.service.jql.JqlCall;

import java.util.List;
import java.util.Optional;

/**
 * How a sorted root cause reads — "change / Search": the category's current name, then the component's as it was
 * chosen — and the search for every postmortem with it, the same in 5 Whys, Seen before and the JQL function.
 */
public final class CauseTexts {
    /** The JQL function that finds postmortems by the category (and component) of their root causes. */
    public static final String FUNCTION = "postmortemsByCause";

    private CauseTexts() {
    }

    public static String name(RootCauseCategory cause, CauseCatalogue catalogue) {
        String category = catalogue.byId(cause.categoryId()).map(CauseCategory::name).orElse("");
        return cause.component().map(component -> category + " / " + component.name()).orElse(category);
    }

    /** {@code issue in postmortemsByCause("change", "Search")}; none for a category no longer in the list. */
    public static Optional<String> search(RootCauseCategory cause, CauseCatalogue catalogue) {
        return catalogue.byId(cause.categoryId()).map(found -> new JqlCall(FUNCTION, cause.component()
                .map(component -> List.of(found.name(), component.name())).orElse(List.of(found.name()))).jql());
    }
}
