package dev.postmortems.jira.domain.whys;

import java.util.List;
import java.util.Map;

/**
 * What the 5 Whys of a postmortem add up to: how many causes, how many root causes found, and how many of those
 * an action addresses. An untreated root cause is one the team found but decided nothing about.
 */
public record WhysSummary(int causes, int rootCauses, int treated, int untreated, int open) {
    /** @param actionsByChain the number of actions addressing each chain, by chain id (missing means none) */
    public static WhysSummary of(List<WhyChain> chains, Map<Long, Integer> actionsByChain) {
        int rootCauses = 0;
        int treated = 0;
        for (WhyChain chain : chains) {
            if (!chain.isOpen()) {
                rootCauses++;
                if (actionsByChain.getOrDefault(chain.id(), 0) > 0) {
                    treated++;
                }
            }
        }
        return new WhysSummary(chains.size(), rootCauses, treated, rootCauses - treated, chains.size() - rootCauses);
    }
}
