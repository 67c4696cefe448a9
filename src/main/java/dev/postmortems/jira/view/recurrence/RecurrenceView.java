package dev.postmortems.jira.view.recurrence;

import java.util.List;

/**
 * A postmortem's recurrences as one person sees them; the panel renders it and the REST resource returns it.
 *
 * @param notice          e.g. "The problem came back: recurred 2 times — last on Nov 30, 2026.", or "" when it never did
 * @param judgedEffective the actions a review had judged to work, which did not stop it: "Judged to work before it
 *                        came back: OPS-3 (Effective), OPS-4 (Partly effective). …", or "" when none was
 */
public record RecurrenceView(String issueKey, int count, String notice, List<RecurrenceItemView> recurrences,
                             String judgedEffective) {
}
