package dev.postmortems.jira.service.review;

/** The outcome of scheduling: {@code created} is false when an open review was rescheduled or a retry found it. */
public record Scheduled(boolean created) {
}
