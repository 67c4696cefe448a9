package dev.postmortems.jira.service.action;

/** An existing ticket to make an action of the postmortem: its key, the kind, and the why-chain it addresses (or null). */
public record AttachInput(String ticketKey, String kind, Long chainId) {
}
