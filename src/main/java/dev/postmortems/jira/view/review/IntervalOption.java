package dev.postmortems.jira.view.review;

/** An interval the review form offers: its code ({@code 2w}) and its label in the user's language. */
public record IntervalOption(String code, String label) {
}
