package dev.postmortems.jira.view.timeline;

/** A duration read from the key moments, e.g. "Time to detect: 12 min". */
public record TimelineMeasure(String key, String label, String value) {
}
