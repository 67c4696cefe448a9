package dev.postmortems.jira.view.insight;

import java.util.List;

/**
 * The Postmortem pipeline dashboard item's data: the open postmortems by due date and by age, and what needs
 * attention — incidents waiting for a postmortem, reviews overdue or coming up, postmortems whose problem came back
 * with actions still open. Every number comes with the Jira search that lists its issues.
 */
public record PipelineView(String projectKey, String title, IssueCount open, List<Row> openByDue, List<Row> openByAge, List<Row> attention) {
    /** @param key {@code overdue}, {@code under-7-days}, {@code incidents-waiting}…, with its label */
    public record Row(String key, String label, IssueCount count) {
    }
}
