package dev.postmortems.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.TicketRefusedException;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Creates an issue through Jira's issue service as the logged-in user (its reporter), with Jira's own validation;
 * Jira's refusal comes back as {@link TicketRefusedException} with Jira's messages.
 */
public final class JiraIssueCreator {
    /** Jira's setting for the date format its date pickers (and so IssueInputParameters.setDueDate) read. */
    static final String DATE_PICKER_FORMAT = "jira.date.picker.java.format";
    private static final String DEFAULT_DATE_PICKER_FORMAT = "d/MMM/yy";
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<!y)y{1,3}(?!y)");

    private final IssueService issueService;
    private final JiraAuthenticationContext authenticationContext;
    private final ApplicationProperties applicationProperties;

    public JiraIssueCreator(IssueService issueService, JiraAuthenticationContext authenticationContext,
                            ApplicationProperties applicationProperties) {
        this.issueService = issueService;
        this.authenticationContext = authenticationContext;
        this.applicationProperties = applicationProperties;
    }

    /** @return the new issue's id */
    public long create(TargetProject project, String issueTypeId, String summary, String description, String assigneeUsername,
                       Optional<LocalDate> dueDate, Optional<String> priorityId) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(project.id())
                .setIssueTypeId(issueTypeId)
                .setSummary(summary)
                .setDescription(description)
                .setAssigneeId(assigneeUsername)
                .setReporterId(user.getUsername());
        dueDate.ifPresent(due -> input.setDueDate(datePicker(due)));
        priorityId.ifPresent(input::setPriorityId);
        IssueService.CreateValidationResult validation = issueService.validateCreate(user, input);
        if (!validation.isValid()) {
            throw new TicketRefusedException(reasons(validation.getErrorCollection()));
        }
        IssueService.IssueResult created = issueService.create(user, validation);
        if (!created.isValid() || created.getIssue() == null) {
            throw new TicketRefusedException(reasons(created.getErrorCollection()));
        }
        return created.getIssue().getId();
    }

    /** Gives the issue another assignee and due date through Jira's issue service, as the current user. */
    public void changeAssigneeAndDueDate(long issueId, String assigneeUsername, LocalDate dueDate) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        IssueInputParameters input = issueService.newIssueInputParameters()
                .setAssigneeId(assigneeUsername)
                .setDueDate(datePicker(dueDate));
        IssueService.UpdateValidationResult validation = issueService.validateUpdate(user, issueId, input);
        if (!validation.isValid()) {
            throw new TicketRefusedException(reasons(validation.getErrorCollection()));
        }
        IssueService.IssueResult updated = issueService.update(user, validation);
        if (!updated.isValid()) {
            throw new TicketRefusedException(reasons(updated.getErrorCollection()));
        }
    }

    private String datePicker(LocalDate date) {
        String pattern = applicationProperties.getDefaultBackedString(DATE_PICKER_FORMAT);
        Locale locale = authenticationContext.getLocale() == null ? Locale.getDefault() : authenticationContext.getLocale();
        return datePickerText(date, pattern == null || pattern.isBlank() ? DEFAULT_DATE_PICKER_FORMAT : pattern, locale);
    }

    /**
     * The date in Jira's date-picker format, but always with a four-digit year: Jira reads "30/Jun/47" as 1947
     * (a two-digit year is placed within a century around today), while it reads "30/Jun/2047" as written.
     */
    static String datePickerText(LocalDate date, String pattern, Locale locale) {
        SimpleDateFormat format = new SimpleDateFormat(SHORT_YEAR.matcher(pattern).replaceAll("yyyy"), locale);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static List<String> reasons(ErrorCollection errors) {
        List<String> reasons = new ArrayList<>(errors.getErrorMessages());
        errors.getErrors().forEach((field, message) -> reasons.add(message));
        return reasons.isEmpty() ? List.of("Jira did not create the issue") : reasons;
    }
}
