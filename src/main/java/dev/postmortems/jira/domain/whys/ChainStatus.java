package dev.postmortems.jira.domain.whys;

import java.util.Locale;
import java.util.Set;

/**
 * Where a why-chain stands: still open (no root cause yet), or a root cause that is treated — an action that still
 * stands addresses it (see {@code ActionStanding}) — or untreated, found but with nothing decided about it.
 */
public enum ChainStatus {
    OPEN,
    TREATED,
    UNTREATED;

    /** @param treatedChainIds the chains an action that still stands addresses */
    public static ChainStatus of(WhyChain chain, Set<Long> treatedChainIds) {
        if (chain.isOpen()) {
            return OPEN;
        }
        return treatedChainIds.contains(chain.id()) ? TREATED : UNTREATED;
    }

    /** As the REST API, the templates and the i18n keys name it: {@code open}, {@code treated}, {@code untreated}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
