package dev.postmortems.jira.jiradouble;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Jira's issue service: validates as Jira does (project, issue type, summary, the reporter's Create Issues
 * permission, an assignable assignee, a due date in the date-picker format), creates the issue, and sends the
 * issue-created event while creating, as Jira does.
 */
public final class InMemoryIssueService implements IssueService {
    /** Jira's default date-picker format. */
    public static final String DATE_PICKER_FORMAT = "d/MMM/yy";

    private final InMemoryIssueManager issues;
    private final InMemoryProjectManager projects;
    private final InMemoryIssueTypeManager issueTypes;
    private final InMemoryPermissionManager permissions;
    private final DoubleUserDirectory users;
    private final EventPublisher events;
    private volatile RuntimeException failAfterCreating;
    private volatile int created;

    InMemoryIssueService(InMemoryIssueManager issues, InMemoryProjectManager projects, InMemoryIssueTypeManager issueTypes,
                         InMemoryPermissionManager permissions, DoubleUserDirectory users, EventPublisher events) {
        this.issues = issues;
        this.projects = projects;
        this.issueTypes = issueTypes;
        this.permissions = permissions;
        this.users = users;
        this.events = events;
    }

    /** The next create succeeds in Jira, then fails before returning: the app is interrupted after the ticket exists. */
    public void interruptNextCreateAfterTheIssueExists(RuntimeException failure) {
        this.failAfterCreating = failure;
    }

    public int created() {
        return created;
    }

    @Override
    public IssueInputParameters newIssueInputParameters() {
        return new Input();
    }

    @Override
    public CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters parameters) {
        Input input = (Input) parameters;
        Errors errors = new Errors();
        Project project = input.projectId == null ? null : projects.getProjectObj(input.projectId);
        if (project == null) {
            errors.add("pid", "You must specify a valid project.");
        } else if (!permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, user)) {
            errors.message("You do not have permission to create issues in this project.");
        }
        IssueType type = input.issueTypeId == null ? null : issueTypes.getIssueType(input.issueTypeId);
        if (type == null) {
            errors.add("issuetype", "The issue type selected is invalid.");
        }
        if (input.summary == null || input.summary.isBlank()) {
            errors.add("summary", "You must specify a summary of the issue.");
        }
        if (input.assigneeId != null && project != null) {
            ApplicationUser assignee = users.getUserByName(input.assigneeId);
            if (assignee == null || !permissions.hasPermission(ProjectPermissions.ASSIGNABLE_USER, project, assignee)) {
                errors.add("assignee", "User '" + input.assigneeId + "' cannot be assigned issues.");
            }
        }
        LocalDate due = dueDate(input, errors);
        DoubleIssue prepared = errors.hasAnyErrors() ? null : new Prepared(project, type, input, due, user).toIssueLater();
        return new CreateValidationResult(prepared, errors);
    }

    @Override
    public IssueResult create(ApplicationUser user, CreateValidationResult validation) {
        DoubleIssue template = validation.getIssue() == null ? null : (DoubleIssue) validation.getIssue();
        Prepared prepared = template == null ? null : pending.remove(template);
        if (prepared == null) {
            Errors errors = new Errors();
            errors.message("Not validated");
            return new IssueResult(null, errors);
        }
        DoubleIssue issue = issues.create(prepared.project.getKey(), prepared.type, prepared.input.summary)
                .describe(prepared.input.description)
                .assign(prepared.input.assigneeId == null ? null : users.getUserByName(prepared.input.assigneeId))
                .reportedBy(user)
                .due(prepared.due)
                .prioritise(prepared.input.priorityId);
        created++;
        events.publish(new IssueEvent(issue, EventType.ISSUE_CREATED_ID));
        RuntimeException failure = failAfterCreating;
        if (failure != null) {
            failAfterCreating = null;
            throw failure;
        }
        return new IssueResult(issue, new Errors());
    }

    @Override
    public UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters parameters) {
        Input input = (Input) parameters;
        Errors errors = new Errors();
        DoubleIssue issue = (DoubleIssue) issues.getIssueObject(issueId);
        if (issue == null) {
            errors.message("The issue no longer exists.");
            return new UpdateValidationResult(null, errors);
        }
        if (!permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            errors.message("You do not have permission to edit issues in this project.");
        }
        if (input.assigneeId != null) {
            ApplicationUser assignee = users.getUserByName(input.assigneeId);
            if (assignee == null || !permissions.hasPermission(ProjectPermissions.ASSIGNABLE_USER, issue, assignee)) {
                errors.add("assignee", "User '" + input.assigneeId + "' cannot be assigned issues.");
            }
        }
        LocalDate due = dueDate(input, errors);
        UpdateValidationResult result = new UpdateValidationResult(issue, errors);
        if (!errors.hasAnyErrors()) {
            updates.put(result, () -> {
                if (input.assigneeId != null) {
                    issue.assign(users.getUserByName(input.assigneeId));
                }
                if (due != null) {
                    issue.due(due);
                }
            });
        }
        return result;
    }

    @Override
    public IssueResult update(ApplicationUser user, UpdateValidationResult validation) {
        Runnable change = updates.remove(validation);
        if (change == null) {
            Errors errors = new Errors();
            errors.message("Not validated");
            return new IssueResult(null, errors);
        }
        change.run();
        updated++;
        events.publish(new IssueEvent(validation.getIssue(), EventType.ISSUE_UPDATED_ID));
        return new IssueResult(validation.getIssue(), new Errors());
    }

    /** How many issues were changed through {@link #update}. */
    public int updated() {
        return updated;
    }

    private static LocalDate dueDate(Input input, Errors errors) {
        if (input.dueDate == null) {
            return null;
        }
        try {
            SimpleDateFormat format = new SimpleDateFormat(DATE_PICKER_FORMAT, Locale.ENGLISH);
            format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
            format.setLenient(false);
            return format.parse(input.dueDate).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        } catch (ParseException e) {
            errors.add("duedate", "Invalid date format. Please enter the date in the format \"" + DATE_PICKER_FORMAT + "\".");
            return null;
        }
    }

    private final Map<UpdateValidationResult, Runnable> updates = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int updated;

    private final Map<DoubleIssue, Prepared> pending = new java.util.concurrent.ConcurrentHashMap<>();

    private final class Prepared {
        private final Project project;
        private final IssueType type;
        private final Input input;
        private final LocalDate due;

        private Prepared(Project project, IssueType type, Input input, LocalDate due, ApplicationUser user) {
            this.project = project;
            this.type = type;
            this.input = input;
            this.due = due;
        }

        /** A placeholder the validation result carries until create() makes the real issue. */
        private DoubleIssue toIssueLater() {
            DoubleIssue placeholder = new DoubleIssue(-1L, "", (DoubleProject) project, type, input.summary);
            pending.put(placeholder, this);
            return placeholder;
        }
    }

    private static final class Input implements IssueInputParameters {
        private Long projectId;
        private String issueTypeId;
        private String summary;
        private String description;
        private String assigneeId;
        private String reporterId;
        private String dueDate;
        private String priorityId;

        @Override
        public IssueInputParameters setProjectId(Long projectId) {
            this.projectId = projectId;
            return this;
        }

        @Override
        public IssueInputParameters setIssueTypeId(String issueTypeId) {
            this.issueTypeId = issueTypeId;
            return this;
        }

        @Override
        public IssueInputParameters setSummary(String summary) {
            this.summary = summary;
            return this;
        }

        @Override
        public IssueInputParameters setDescription(String description) {
            this.description = description;
            return this;
        }

        @Override
        public IssueInputParameters setAssigneeId(String assigneeId) {
            this.assigneeId = assigneeId;
            return this;
        }

        @Override
        public IssueInputParameters setReporterId(String reporterId) {
            this.reporterId = reporterId;
            return this;
        }

        @Override
        public IssueInputParameters setDueDate(String dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        @Override
        public IssueInputParameters setPriorityId(String priorityId) {
            this.priorityId = priorityId;
            return this;
        }
    }

    /** Jira's simple error collection. */
    static final class Errors implements ErrorCollection {
        private final List<String> messages = new ArrayList<>();
        private final Map<String, String> errors = new LinkedHashMap<>();

        void add(String field, String message) {
            errors.put(field, message);
        }

        void message(String message) {
            messages.add(message);
        }

        @Override
        public Collection<String> getErrorMessages() {
            return List.copyOf(messages);
        }

        @Override
        public Map<String, String> getErrors() {
            return Map.copyOf(errors);
        }

        @Override
        public boolean hasAnyErrors() {
            return !messages.isEmpty() || !errors.isEmpty();
        }
    }
}
