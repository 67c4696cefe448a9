package dev.postmortems.jira.domain.action;

import dev.postmortems.jira.domain.RequestReference;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One action as typed at the meeting, before validation. Whether the assignee may be assigned and the project
 * takes new issues is for Jira to say; this checks what needs no Jira.
 *
 * @param requestId  a reference the client makes once per action and sends again on a retry, or blank
 * @param projectKey the project to create the ticket in, or blank for the default
 * @param dueDate    {@code yyyy-MM-dd}, or blank for the configured default
 * @param chainId      the why-chain whose root cause it addresses, or null
 * @param successCheck how the team will know it worked, or blank
 * @param followsUp    the action (of the same postmortem) this one follows up, or null
 */
public record ActionInput(String requestId, String summary, String kind, String assignee, String projectKey,
                          String dueDate, String priorityId, String description, Long chainId, String successCheck,
                          Long followsUp) {

    /** An action that says nothing of how to check it and follows up nothing. */
    public ActionInput(String requestId, String summary, String kind, String assignee, String projectKey, String dueDate,
                       String priorityId, String description, Long chainId) {
        this(requestId, summary, kind, assignee, projectKey, dueDate, priorityId, description, chainId, null, null);
    }

    /** @param today the day the action is created, for the due date's range */
    public List<ActionProblem> problems(LocalDate today) {
        List<ActionProblem> problems = new ArrayList<>();
        if (isBlank(summary)) {
            problems.add(ActionProblem.SUMMARY_MISSING);
        } else if (summary.strip().length() > ActionProblem.MAX_SUMMARY_LENGTH) {
            problems.add(ActionProblem.SUMMARY_TOO_LONG);
        }
        if (kind() == null || ActionKind.fromKey(kind).isEmpty()) {
            problems.add(ActionProblem.KIND_UNKNOWN);
        }
        if (isBlank(assignee)) {
            problems.add(ActionProblem.ASSIGNEE_MISSING);
        }
        if (!isBlank(dueDate) && parsedDueDate().isEmpty()) {
            problems.add(ActionProblem.DUE_DATE_INVALID);
        } else if (parsedDueDate().filter(due -> isOutOfRange(due, today)).isPresent()) {
            problems.add(ActionProblem.DUE_DATE_OUT_OF_RANGE);
        }
        if (description != null && description.length() > ActionProblem.MAX_DESCRIPTION_LENGTH) {
            problems.add(ActionProblem.DESCRIPTION_TOO_LONG);
        }
        if (successCheck != null && successCheck.strip().length() > ActionProblem.MAX_SUCCESS_CHECK_LENGTH) {
            problems.add(ActionProblem.SUCCESS_CHECK_TOO_LONG);
        }
        if (!isBlank(requestId) && !RequestReference.isWellFormed(requestId)) {
            problems.add(ActionProblem.REQUEST_ID_INVALID);
        }
        return List.copyOf(problems);
    }

    /** How the team will know it worked, stripped; {@code ""} when not said. */
    public String validSuccessCheck() {
        return successCheck == null ? "" : successCheck.strip();
    }

    public ActionKind validKind() {
        return ActionKind.fromKey(kind).orElseThrow();
    }

    public Optional<LocalDate> parsedDueDate() {
        if (isBlank(dueDate)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(dueDate.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A due date years away is a typing slip ("2062" for "2026"), not a plan. */
    private static boolean isOutOfRange(LocalDate due, LocalDate today) {
        return due.isBefore(today.minusYears(ActionProblem.MAX_YEARS_AWAY)) || due.isAfter(today.plusYears(ActionProblem.MAX_YEARS_AWAY));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
