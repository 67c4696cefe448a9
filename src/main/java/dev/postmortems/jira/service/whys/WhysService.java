package dev.postmortems.jira.service.whys;

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

    public WhysService(PostmortemPermissions permissions, WhysStore store, EditLock editLock) {
        this.permissions = permissions;
        this.store = store;
        this.editLock = editLock;
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

    /** The chain, which must be one of this postmortem's: "not found" otherwise, or 400 for another's. */
    public WhyChain chainOf(PostmortemIssue postmortem, long chainId) {
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
