package dev.postmortems.jira.view.whys;

/** A cause category or a component as offered in the 5 Whys panel's choice of where a root cause is sorted. */
public record CauseChoiceView(long id, String name) {
}
