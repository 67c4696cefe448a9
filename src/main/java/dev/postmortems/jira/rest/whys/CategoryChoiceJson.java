package dev.postmortems.jira.rest.whys;

/**
 * Where a chain's root cause is sorted, as sent by a client: a cause category (none to take it out), optionally a
 * component of the postmortem's project, and the chain's revision the client loaded.
 */
public record CategoryChoiceJson(Long categoryId, Long componentId, Integer revision) {
}
