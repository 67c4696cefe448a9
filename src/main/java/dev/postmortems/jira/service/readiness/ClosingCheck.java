package dev.postmortems.jira.service.readiness;

import dev.postmortems.jira.domain.readiness.ReadinessItem;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;

import java.util.ArrayList;
import java.util.List;

/**
 * What keeps a postmortem from being closed, in the closer's language: the readiness items whose rule blocks
 * closing ({@code ReadinessRule.blocksClosing}), from the same snapshot the panels show.
 */
public final class ClosingCheck {
    private final PostmortemSnapshots snapshots;
    private final Messages messages;

    public ClosingCheck(PostmortemSnapshots snapshots, Messages messages) {
        this.snapshots = snapshots;
        this.messages = messages;
    }

    /** Nothing for an issue that is not a postmortem the person closing it may see: there is nothing to check. */
    public List<String> whatBlocksClosing(String issueKey) {
        PostmortemSnapshot snapshot;
        try {
            snapshot = snapshots.of(issueKey);
        } catch (PostmortemNotFoundException notAPostmortem) {
            return List.of();
        }
        List<String> blocks = new ArrayList<>();
        for (ReadinessItem item : PostmortemReadiness.of(snapshot).blockingClosing()) {
            blocks.add(messages.text("postmortems.readiness.closing." + item.rule().key(), String.join(", ", item.missing())));
        }
        return blocks;
    }
}
