package dev.postmortems.jira.view.verdict;

/** A verdict the meeting may give: its key ({@code ineffective}) and its label in the reader's language. */
public record VerdictOption(String key, String label) {
}
