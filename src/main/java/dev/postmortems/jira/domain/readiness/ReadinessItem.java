package dev.postmortems.jira.domain.readiness;

import java.util.List;

/**
 * One rule as the postmortem meets it now.
 *
 * @param missing what keeps it from being met: timeline tag keys, why-chain problems or ticket keys; empty when
 *                nothing of the kind exists yet (no cause, no action) or when it is met
 */
public record ReadinessItem(ReadinessRule rule, boolean met, List<String> missing) {
    public ReadinessItem {
        missing = List.copyOf(missing);
    }

    public boolean blocksClosing() {
        return rule.blocksClosing(met, missing);
    }
}
