package dev.postmortems.jira.domain.readiness;

import java.util.List;

/** The checklist of a postmortem, one item per rule, in the rules' order. */
public record Readiness(List<ReadinessItem> items) {
    public Readiness {
        items = List.copyOf(items);
    }

    public boolean ready() {
        return items.stream().allMatch(ReadinessItem::met);
    }

    public long met() {
        return items.stream().filter(ReadinessItem::met).count();
    }

    /** The items that keep the postmortem from being closed now. */
    public List<ReadinessItem> blockingClosing() {
        return items.stream().filter(ReadinessItem::blocksClosing).toList();
    }

    public ReadinessItem item(ReadinessRule rule) {
        return items.stream().filter(item -> item.rule() == rule).findFirst().orElseThrow();
    }
}
