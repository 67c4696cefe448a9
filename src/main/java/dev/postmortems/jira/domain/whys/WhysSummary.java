package dev.postmortems.jira.domain.whys;

import java.util.List;
import java.util.Set;

/**
 * What the 5 Whys of a postmortem add up to: how many causes, how many root causes found, and how many of those
 * an action addresses. An untreated root cause is one the team found but decided nothing about.
 */
public record WhysSummary(int causes, int rootCauses, int treated, int untreated, int open) {
    /** @param treatedChainIds the chains an action that still stands addresses */
    public static WhysSummary of(List<WhyChain> chains, Set<Long> treatedChainIds) {
        int rootCauses = 0;
        int treated = 0;
        for (WhyChain chain : chains) {
            ChainStatus status = ChainStatus.of(chain, treatedChainIds);
            rootCauses += status == ChainStatus.OPEN ? 0 : 1;
            treated += status == ChainStatus.TREATED ? 1 : 0;
        }
        return new WhysSummary(chains.size(), rootCauses, treated, rootCauses - treated, chains.size() - rootCauses);
    }
}
