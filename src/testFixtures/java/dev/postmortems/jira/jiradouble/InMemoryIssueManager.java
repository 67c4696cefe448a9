package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Jira's issues, in memory: keys are {@code <project>-<n>} and ids count up from 10000, as in Jira. */
public final class InMemoryIssueManager implements IssueManager {
    private final Map<Long, DoubleIssue> byId = new ConcurrentHashMap<>();
    private final Map<String, DoubleIssue> byKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(10_000);

    @Override
    public MutableIssue getIssueObject(Long id) {
        return id == null ? null : byId.get(id);
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        return key == null ? null : byKey.get(key.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public java.util.List<com.atlassian.jira.issue.Issue> getIssueObjects(java.util.Collection<Long> ids) {
        batchReads.incrementAndGet();
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(com.atlassian.jira.issue.Issue.class::cast).toList();
    }

    @Override
    public java.util.Collection<Long> getIssueIdsForProject(Long projectId) {
        return byId.values().stream().filter(issue -> projectId.equals(issue.getProjectObject().getId()))
                .map(issue -> issue.getId()).sorted().toList();
    }

    private final InMemoryProjectManager projects;
    private final java.util.concurrent.atomic.AtomicLong batchReads = new java.util.concurrent.atomic.AtomicLong();

    /** How many batch reads ({@code getIssueObjects}) were made so far. */
    public long batchReads() {
        return batchReads.get();
    }

    InMemoryIssueManager(InMemoryProjectManager projects) {
        this.projects = projects;
    }

    public DoubleIssue create(String projectKey, IssueType type, String summary) {
        long number = counters.computeIfAbsent(projectKey, k -> new AtomicLong()).incrementAndGet();
        DoubleIssue issue = new DoubleIssue(ids.incrementAndGet(), projectKey + "-" + number, projects.ensure(projectKey), type, summary);
        byId.put(issue.getId(), issue);
        byKey.put(issue.getKey(), issue);
        return issue;
    }

    /** An issue with the id and key it had, as when Jira's database is read again; later issues count on from it. */
    public DoubleIssue restore(long id, String key, String projectKey, IssueType type, String summary) {
        long number = Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
        counters.computeIfAbsent(projectKey, k -> new AtomicLong()).accumulateAndGet(number, Math::max);
        ids.accumulateAndGet(id, Math::max);
        DoubleIssue issue = new DoubleIssue(id, key, projects.ensure(projectKey), type, summary);
        byId.put(issue.getId(), issue);
        byKey.put(issue.getKey(), issue);
        return issue;
    }

    /** Every issue, oldest first. */
    public java.util.List<DoubleIssue> all() {
        return byId.values().stream().sorted(java.util.Comparator.comparing(DoubleIssue::getId)).toList();
    }

    public void delete(DoubleIssue issue) {
        byId.remove(issue.getId());
        byKey.remove(issue.getKey());
    }
}
