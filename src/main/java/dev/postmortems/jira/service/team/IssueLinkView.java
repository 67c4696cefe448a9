package dev.postmortems.jira.service.team;

/** A linked issue as shown: restricted ones show their key only. */
public record IssueLinkView(String key, String url, String summary, boolean restricted) {
}
