package dev.postmortems.jira.view.verdict;

/**
 * One verdict as shown.
 *
 * @param id       what an editor sends back as {@code replaces} when judging again, so a verdict given meanwhile is
 *                 never lost
 * @param verdict  the verdict's key
 * @param label    the same in words: "Not effective"
 * @param judged   who gave it and when, in words: "Erin Editor · 15/Dec/26"
 * @param judgedAt ISO-8601 instant
 */
public record VerdictView(long id, String verdict, String label, String evidence, String reason, String judged,
                          String judgedAt) {
}
