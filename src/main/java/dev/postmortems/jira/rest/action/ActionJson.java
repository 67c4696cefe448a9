package dev.postmortems.jira.rest.action;

import dev.postmortems.jira.domain.action.ActionInput;

/**
 * One action to create, as a client sends it.
 *
 * @param requestId make one per action (a UUID) and send it again when retrying: the ticket is then never duplicated
 * @param project   the target project's key; blank for the default
 * @param dueDate   {@code yyyy-MM-dd}; blank for the project's default
 * @param priority  a Jira priority id; blank for Jira's default
 * @param chainId      the why-chain whose root cause it addresses
 * @param successCheck "How will we know it worked?": shown beside the verdict at the follow-up review
 * @param followsUp    the id of the action this one follows up (one a review judged not effective)
 */
public record ActionJson(String requestId, String summary, String kind, String assignee, String project, String dueDate,
                         String priority, String description, Long chainId, String successCheck, Long followsUp) {
    ActionInput input() {
        return new ActionInput(requestId, summary, kind, assignee, project, dueDate, priority, description, chainId,
                successCheck, followsUp);
    }
}
