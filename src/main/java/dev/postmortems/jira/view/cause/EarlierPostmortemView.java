package dev.postmortems.jira.view.cause;

/**
 * One earlier postmortem with the same cause, as shown.
 *
 * @param cause    "change / Search"
 * @param progress e.g. "2 of 3 actions done"
 * @param judged   e.g. "1 judged effective, 1 not effective"; "" before any review judged them
 */
public record EarlierPostmortemView(String key, String url, String summary, String cause, String progress, String judged) {
}
