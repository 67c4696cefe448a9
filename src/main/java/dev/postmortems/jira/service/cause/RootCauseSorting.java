package dev.postmortems.jira.service.cause;

import dev.postmortems.jira.domain.cause.CategoryProblem;
import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.cause.RootCauseCategory;
import dev.postmortems.jira.domain.cause.RootCauseCategory.CauseComponent;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.StaleEditException;
import dev.postmortems.jira.service.whys.WhysService;
import dev.postmortems.jira.service.whys.WhysStore;

import java.util.List;
import java.util.Optional;

/** *Sort cause*: where a why-chain's root cause is sorted — a category of the site's list, and a component. */
public final class RootCauseSorting {
    private final PostmortemPermissions permissions;
    private final WhysService whys;
    private final WhysStore store;
    private final EditLock editLock;
    private final CauseCategoryService categories;
    private final ProjectComponents components;

    public RootCauseSorting(PostmortemPermissions permissions, WhysService whys, WhysStore store, EditLock editLock,
                            CauseCategoryService categories, ProjectComponents components) {
        this.permissions = permissions;
        this.whys = whys;
        this.store = store;
        this.editLock = editLock;
        this.categories = categories;
        this.components = components;
    }

    /**
     * Sorts a chain's root cause into a category of the site's list, optionally with a component of the
     * postmortem's project; no category takes it out. Only a marked root cause is sorted; 409 on a stale chain.
     */
    public WhyChain categorize(String issueKey, long chainId, Integer revision, Long categoryId, Long componentId) {
        PostmortemIssue postmortem = permissions.toChange(issueKey);
        if (revision == null) {
            throw new InvalidInputException(List.of(new FieldError("revision", "postmortems.error.revision-missing")));
        }
        Optional<RootCauseCategory> category = categoryId == null ? Optional.empty()
                : Optional.of(new RootCauseCategory(known(categories.catalogue(), categoryId), component(postmortem, componentId)));
        return editLock.whileEditing(postmortem.id(), () -> {
            WhyChain current = whys.chainOf(postmortem, chainId);
            if (current.revision() != revision) {
                throw new StaleEditException(current);
            }
            if (category.isPresent() && current.rootCause().isEmpty()) {
                throw CauseCategoryService.problemFor("categoryId", CategoryProblem.NO_ROOT_CAUSE, List.of());
            }
            return store.categorize(current, category);
        });
    }

    private static long known(CauseCatalogue catalogue, long categoryId) {
        return catalogue.byId(categoryId).map(found -> found.id()).orElseThrow(() ->
                CauseCategoryService.problemFor("categoryId", CategoryProblem.UNKNOWN_CATEGORY, List.of(String.valueOf(categoryId))));
    }

    private Optional<CauseComponent> component(PostmortemIssue postmortem, Long componentId) {
        if (componentId == null) {
            return Optional.empty();
        }
        return Optional.of(components.ofIssue(postmortem.id()).stream().filter(component -> component.id() == componentId)
                .findFirst().orElseThrow(() -> CauseCategoryService.problemFor("componentId", CategoryProblem.UNKNOWN_COMPONENT,
                        List.of(String.valueOf(componentId), postmortem.key()))));
    }

}
