package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** An issue of the double, with the fields the app reads; tests change them as people do in Jira. */
public final class DoubleIssue implements MutableIssue {
    private final Long id;
    private final String key;
    private final DoubleProject project;
    private final IssueType issueType;
    private final String summary;
    private final Set<String> labels = new TreeSet<>();
    private volatile String description;
    private volatile ApplicationUser assignee;
    private volatile ApplicationUser reporter;
    private volatile LocalDate dueDate;
    private volatile String priorityId;
    private volatile java.time.Instant resolvedAt;
    private volatile String status = "Open";
    private volatile String resolutionId;
    private volatile Instant created = Instant.now();

    DoubleIssue(Long id, String key, DoubleProject project, IssueType issueType, String summary) {
        this.id = id;
        this.key = key;
        this.project = project;
        this.issueType = issueType;
        this.summary = summary;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public IssueType getIssueType() {
        return issueType;
    }

    @Override
    public ApplicationUser getAssignee() {
        return assignee;
    }

    @Override
    public Timestamp getDueDate() {
        return dueDate == null ? null : Timestamp.valueOf(dueDate.atStartOfDay());
    }

    @Override
    public Status getStatus() {
        String name = status;
        return new Status() {
            @Override
            public String getId() {
                return name;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getDescription() {
                return name;
            }
        };
    }

    @Override
    public String getResolutionId() {
        return resolutionId;
    }

    @Override
    public ApplicationUser getReporter() {
        return reporter;
    }

    @Override
    public Timestamp getCreated() {
        return Timestamp.from(created);
    }

    @Override
    public Project getProjectObject() {
        return project;
    }

    public String projectKey() {
        return project.key();
    }

    public DoubleIssue describe(String text) {
        this.description = text;
        return this;
    }

    public DoubleIssue assign(ApplicationUser user) {
        this.assignee = user;
        return this;
    }

    public DoubleIssue reportedBy(ApplicationUser user) {
        this.reporter = user;
        return this;
    }

    public DoubleIssue createdAt(Instant instant) {
        this.created = instant;
        return this;
    }

    public DoubleIssue due(LocalDate date) {
        this.dueDate = date;
        return this;
    }

    public DoubleIssue prioritise(String id) {
        this.priorityId = id;
        return this;
    }

    /** A workflow transition: resolved (e.g. "Done") or reopened. */
    public DoubleIssue resolve(boolean resolved) {
        return resolve(resolved, java.time.Instant.now());
    }

    /** Resolved (or reopened) at that moment: Jira keeps the resolution date of a resolved issue. */
    public DoubleIssue resolve(boolean resolved, java.time.Instant at) {
        this.status = resolved ? "Done" : "Reopened";
        this.resolutionId = resolved ? "10000" : null;
        this.resolvedAt = resolved ? at : null;
        return this;
    }

    @Override
    public java.sql.Timestamp getResolutionDate() {
        return resolvedAt == null ? null : java.sql.Timestamp.from(resolvedAt);
    }

    /** Jira's default priorities, by id, as a new Jira has them. */
    private static final java.util.Map<String, String> PRIORITY_NAMES = java.util.Map.of("1", "Highest", "2", "High", "3", "Medium",
            "4", "Low", "5", "Lowest");

    @Override
    public com.atlassian.jira.issue.priority.Priority getPriority() {
        String id = priorityId;
        if (id == null) {
            return null;
        }
        return JiraDouble.priority(id, PRIORITY_NAMES.getOrDefault(id, id));
    }

    /** A status by name, with or without a resolution, as a restored issue had it. */
    public DoubleIssue inStatus(String statusName, String resolution) {
        this.status = statusName;
        this.resolutionId = resolution;
        return this;
    }

    public String statusName() {
        return status;
    }

    public Instant createdAt() {
        return created;
    }

    public ApplicationUser reporter() {
        return reporter;
    }

    public LocalDate dueDay() {
        return dueDate;
    }

    public String priorityId() {
        return priorityId;
    }

    public synchronized Set<String> labels() {
        return Set.copyOf(labels);
    }

    synchronized boolean addLabel(String label) {
        return labels.add(label);
    }
}
