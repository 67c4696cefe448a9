package dev.postmortems.jira.service.readiness;

import dev.postmortems.jira.domain.readiness.Readiness;
import dev.postmortems.jira.domain.readiness.ReadinessItem;
import dev.postmortems.jira.domain.readiness.ReadinessRule;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.PostmortemNotFoundException;

import java.util.ArrayList;
import java.util.List;

/**
 * What keeps a postmortem from being closed, for the workflow validator on its "Done" transition: an action ticket
 * without an owner, or no follow-up review. Each in words that say which.
 */
public final class ClosingCheck {
    private final ReadinessService readiness;
    private final Messages messages;

    public ClosingCheck(ReadinessService readiness, Messages messages) {
        this.readiness = readiness;
        this.messages = messages;
    }

    /** Nothing for an issue that is not a postmortem the person closing it may see: there is nothing to check. */
    public List<String> whatBlocksClosing(String issueKey) {
        Readiness checklist;
        try {
            checklist = readiness.readiness(issueKey).readiness();
        } catch (PostmortemNotFoundException notAPostmortem) {
            return List.of();
        }
        List<String> blocks = new ArrayList<>();
        ReadinessItem owners = checklist.item(ReadinessRule.ACTION_OWNERS);
        if (!owners.missing().isEmpty()) {
            blocks.add(messages.text("postmortems.readiness.closing.action-owners", String.join(", ", owners.missing())));
        }
        if (!checklist.item(ReadinessRule.REVIEW_SCHEDULED).met()) {
            blocks.add(messages.text("postmortems.readiness.closing.review-scheduled"));
        }
        return blocks;
    }
}
