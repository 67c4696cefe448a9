package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the double's Jira holds that people and apps change — issue types, link types, plugin settings, issues,
 * links, comments and watchers — as plain values, so it can be written to a file and read back after a restart.
 * Users, projects and permissions are not in it: whoever builds the double makes them again.
 */
public record DoubleSnapshot(List<InMemoryIssueTypeManager.State> issueTypes, List<InMemoryIssueLinkTypeManager.State> linkTypes,
                             Map<String, Map<String, Object>> pluginSettings, List<IssueState> issues,
                             List<InMemoryIssueLinkManager.Link> links, List<InMemoryCommentManager.Written> comments,
                             Map<Long, List<String>> watchers) {

    /** One issue's fields. */
    public record IssueState(long id, String key, String project, String issueTypeId, String summary, String description,
                             String assignee, String reporter, LocalDate due, String priorityId, String status,
                             String resolutionId, Instant created, Set<String> labels) {
    }

    public static DoubleSnapshot of(JiraDouble jira) {
        List<IssueState> issues = jira.issues().all().stream().map(issue -> new IssueState(issue.getId(), issue.getKey(),
                issue.projectKey(), issue.getIssueType().getId(), issue.getSummary(), issue.getDescription(),
                keyOf(issue.getAssignee()), keyOf(issue.reporter()), issue.dueDay(), issue.priorityId(), issue.statusName(),
                issue.getResolutionId(), issue.createdAt(), issue.labels())).toList();
        return new DoubleSnapshot(jira.issueTypes().all(), jira.linkTypes().all(), jira.pluginSettings().all(), issues,
                jira.links().all(), jira.comments().all(), jira.watchers().all());
    }

    /** First, before any app starts: the configuration an app's start-up reads — types and plugin settings. */
    public void restoreConfigurationInto(JiraDouble jira) {
        issueTypes.forEach(jira.issueTypes()::restore);
        linkTypes.forEach(jira.linkTypes()::restore);
        jira.pluginSettings().restore(pluginSettings);
    }

    /** Then the content, into a double that has its users but no issues yet. */
    public void restoreContentInto(JiraDouble jira) {
        for (IssueState state : issues) {
            IssueType type = jira.issueTypes().getIssueType(state.issueTypeId());
            if (type == null) {
                throw new IllegalStateException("The saved issue " + state.key() + " has issue type " + state.issueTypeId()
                        + ", which this Jira does not have");
            }
            DoubleIssue issue = jira.issues().restore(state.id(), state.key(), state.project(), type, state.summary())
                    .describe(state.description())
                    .assign(jira.users().getUserByKey(state.assignee()))
                    .reportedBy(jira.users().getUserByKey(state.reporter()))
                    .due(state.due())
                    .prioritise(state.priorityId())
                    .inStatus(state.status(), state.resolutionId())
                    .createdAt(state.created());
            state.labels().forEach(issue::addLabel);
        }
        links.forEach(jira.links()::restore);
        comments.forEach(jira.comments()::restore);
        watchers.forEach((issueId, userKeys) -> userKeys.forEach(userKey -> {
            ApplicationUser user = jira.users().getUserByKey(userKey);
            if (user != null) {
                jira.watchers().startWatching(user, jira.issues().getIssueObject(issueId));
            }
        }));
    }

    private static String keyOf(ApplicationUser user) {
        return user == null ? null : user.getKey();
    }
}
