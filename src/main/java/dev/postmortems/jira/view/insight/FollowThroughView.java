package dev.postmortems.jira.view.insight;

import java.util.List;

/**
 * The Follow-through dashboard item's data: actions decided and done per month, oldest first, with the share done by
 * their due date; the open actions by age; the overdue ones by the project their ticket is in; and each kind. Every
 * number comes with the Jira search that lists its action tickets.
 */
public record FollowThroughView(String projectKey, String title, String period, List<MonthRow> months, List<AgeRow> openByAge,
                                List<ProjectRow> overdueByProject, List<KindRow> kinds) {
    /**
     * @param month      {@code 2026-03}
     * @param label      "Mar 2026", in the viewer's language
     * @param doneWithDue how many of those done had a due date
     * @param onTime     "3 of 4 (75%)", or "" when none done had a due date
     */
    public record MonthRow(String month, String label, IssueCount decided, IssueCount done, IssueCount doneByDue, int doneWithDue, String onTime) {
    }

    /** @param age {@code under-30-days}, with its label */
    public record AgeRow(String age, String label, IssueCount open) {
    }

    public record ProjectRow(String projectKey, String projectName, IssueCount overdue) {
    }

    /** @param kind {@code corrective} or {@code preventative}, with its label */
    public record KindRow(String kind, String label, IssueCount decided, IssueCount done, IssueCount open, IssueCount overdue) {
    }
}
