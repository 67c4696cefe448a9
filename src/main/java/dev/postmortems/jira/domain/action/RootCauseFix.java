package dev.postmortems.jira.domain.action;

/** An action's ticket and the root cause (why-chain) it addresses: what a tally of fixes needs, and no more. */
public record RootCauseFix(long ticketId, long chainId) {
}
