package dev.postmortems.jira.service.whys;

import dev.postmortems.jira.domain.cause.RootCauseCategory;
import dev.postmortems.jira.domain.cause.SortedRootCause;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyStep;

import java.util.List;
import java.util.Optional;

/** Port: where why-chains and their steps are kept, by Jira issue id. */
public interface WhysStore {
    /** Every chain of the postmortem with its steps, in order, in a fixed number of queries whatever their number. */
    List<WhyChain> chainsOf(long issueId);

    Optional<WhyChain> find(long chainId);

    /** Adds the chain at the end. */
    default WhyChain add(long issueId, String problem, List<WhyStep> steps, boolean rootCauseMarked) {
        return add(issueId, problem, steps, rootCauseMarked, Optional.empty());
    }

    /** Adds the chain at the end, noting the request that added it. */
    WhyChain add(long issueId, String problem, List<WhyStep> steps, boolean rootCauseMarked, Optional<String> requestId);

    /** The postmortem's chain that this request added, if any. */
    Optional<WhyChain> addedBy(long issueId, String requestId);

    /** Saves the chain's new content, steps included, and counts one more revision. All or nothing. */
    WhyChain replace(WhyChain current, String problem, List<WhyStep> steps, boolean rootCauseMarked);

    /** Sorts the chain's root cause into a category (or none) and counts one more revision. */
    WhyChain categorize(WhyChain current, Optional<RootCauseCategory> category);

    /** Whether any root cause is sorted into that category. */
    boolean categoryInUse(long categoryId);

    /** The postmortems with a root cause in that category (and with that component, by name ignoring case). */
    List<Long> postmortemsWithCause(long categoryId, Optional<String> componentName);

    /**
     * The root causes of other postmortems that one of this postmortem's {@code causes} was seen before in
     * ({@link SortedRootCause#seenBeforeIn}), newest first, in one query whatever the history.
     */
    List<SortedRootCause> earlierCauses(long issueId, List<RootCauseCategory> causes);

    /** Every root cause sorted into a category, site-wide, in one query (for the Top causes dashboard item). */
    List<SortedRootCause> sortedCauses();

    /** Puts the chains in this order; chains not named keep their place after those named. */
    void reorder(long issueId, List<Long> chainIds);

    void delete(long chainId);

    int deleteAllOf(long issueId);
}
