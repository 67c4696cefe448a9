package dev.postmortems.jira.view.whys;

/** An action ticket that addresses a root cause; restricted tickets show their key only. */
public record ActionTicketView(String key, String url, String summary, boolean restricted, String kind, String kindLabel) {
}
