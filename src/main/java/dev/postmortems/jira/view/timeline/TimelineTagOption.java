package dev.postmortems.jira.view.timeline;

/** A key moment a person may tag an entry with, in their language. */
public record TimelineTagOption(String key, String label) {
}
