package dev.postmortems.jira.view.team;

/** A linked issue as shown: restricted ones show their key only. */
public record IssueLinkView(String key, String url, String summary, boolean restricted) {
}
