package dev.postmortems.jira.service.whys;

import dev.postmortems.jira.domain.cause.CategoryProblem;
import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.cause.RootCauseCategory;
import dev.postmortems.jira.domain.cause.RootCauseCategory.CauseComponent;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyChainInput;
import dev.postmortems.jira.domain.whys.WhyProblem;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.RequestReferences;
import dev.postmortems.jira.service.StaleEditException;
import dev.postmortems.jira.service.cause.CauseCategoryService;
import dev.postmortems.jira.service.cause.ProjectComponents;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The 5 Whys of a postmortem: read them, add, rework, reorder and remove chains. */
public final class WhysService {
    static final String CHAIN_NOT_FOUND = "postmortems.whys.error.chain-not-found";

    private final PostmortemPermissions permissions;
    private final WhysStore store;
    private final EditLock editLock;
    private final CauseCategoryService categories;
    private final ProjectComponents components;

    public WhysService(PostmortemPermissions permissions, WhysStore store, EditLock editLock, CauseCategoryService categories,
                       ProjectComponents components) {
        this.permissions = permissions;
        this.store = store;
        this.editLock = editLock;
        this.categories = categories;
        this.components = components;
    }

    /** A chain a request added: now, or by an earlier request with the same reference (a double click, a retry). */
    public record Added(WhyChain chain, boolean now) {
    }

    /** Adds a chain; a repeat of the request (same reference) answers the chain it added and adds nothing. */
    public Added add(String issueKey, WhyChainInput input, String requestId) {
        PostmortemIssue postmortem = permissions.toChange(issueKey);
        valid(input);
        Optional<String> reference = RequestReferences.given(requestId);
        // Under the lock, so two chains added at once get distinct positions, and a repeated request adds one.
        return editLock.whileEditing(postmortem.id(), () -> {
            Optional<WhyChain> earlier = reference.flatMap(id -> store.addedBy(postmortem.id(), id));
            return earlier.map(chain -> new Added(chain, false)).orElseGet(() -> new Added(store.add(postmortem.id(),
                    input.problem().strip(), input.validSteps(), input.rootCauseMarked(), reference), true));
        });
    }

    public WhyChain update(String issueKey, long chainId, Integer revision, WhyChainInput input) {
        PostmortemIssue postmortem = permissions.toChange(issueKey);
        valid(input);
        if (revision == null) {
            throw new InvalidInputException(List.of(new FieldError("revision", "postmortems.error.revision-missing")));
        }
        return editLock.whileEditing(postmortem.id(), () -> {
            WhyChain current = chainOf(postmortem, chainId);
            if (current.revision() != revision) {
                throw new StaleEditException(current);
            }
            return store.replace(current, input.problem().strip(), input.validSteps(), input.rootCauseMarked());
        });
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
            WhyChain current = chainOf(postmortem, chainId);
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

    public void delete(String issueKey, long chainId) {
        PostmortemIssue postmortem = permissions.toChange(issueKey);
        editLock.whileEditing(postmortem.id(), () -> {
            store.delete(chainOf(postmortem, chainId).id());
            return null;
        });
    }

    /** Puts the chains in the given order; every id must be a chain of this postmortem, each named once. */
    public void reorder(String issueKey, List<Long> chainIds) {
        PostmortemIssue postmortem = permissions.toChange(issueKey);
        editLock.whileEditing(postmortem.id(), () -> {
            Set<Long> own = new HashSet<>(store.chainsOf(postmortem.id()).stream().map(WhyChain::id).toList());
            List<Long> order = chainIds == null ? List.of() : chainIds;
            if (order.isEmpty() || !own.containsAll(order) || new HashSet<>(order).size() != order.size()) {
                throw new InvalidInputException(List.of(new FieldError("chainIds", "postmortems.whys.error.order-invalid")));
            }
            store.reorder(postmortem.id(), order);
            return null;
        });
    }

    /** The postmortem issue is gone from Jira: its whys go too. */
    public int forget(long issueId) {
        return store.deleteAllOf(issueId);
    }

    private WhyChain chainOf(PostmortemIssue postmortem, long chainId) {
        WhyChain chain = store.find(chainId).orElseThrow(() -> new PostmortemNotFoundException(CHAIN_NOT_FOUND));
        if (chain.issueId() != postmortem.id()) {
            throw new InvalidInputException(List.of(new FieldError("id", "postmortems.whys.error.chain-of-other-issue",
                    List.of(chainId, postmortem.key()))));
        }
        return chain;
    }

    private static void valid(WhyChainInput input) {
        List<WhyChainInput.FieldProblem> problems = input.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(WhysService::error).toList());
        }
    }

    private static FieldError error(WhyChainInput.FieldProblem problem) {
        List<Object> arguments = switch (problem.problem()) {
            case PROBLEM_TOO_LONG, QUESTION_TOO_LONG, ANSWER_TOO_LONG -> List.of(WhyProblem.MAX_TEXT_LENGTH);
            case TOO_MANY_STEPS -> List.of(WhyProblem.MAX_STEPS);
            default -> List.of();
        };
        return new FieldError(problem.field(), "postmortems.whys.problem." + problem.problem().code(), arguments);
    }
}
