package dev.postmortems.jira.domain.review;

import dev.postmortems.jira.domain.RequestReference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request to schedule (or reschedule) a postmortem's follow-up review, as typed.
 *
 * @param requestId made once by the form and sent again on a retry, so a retry never creates a second review
 * @param interval  one of {@code 1w 2w 1m 2m 3m}; blank for the default (two weeks) unless a date is given
 * @param date      an ISO date ({@code 2026-12-24}); when given it wins over the interval
 * @param owner     the username of the person who runs the review (the review ticket's assignee)
 */
public record ReviewInput(String requestId, String interval, String date, String owner) {

    public List<ReviewProblem> problems(LocalDate today) {
        List<ReviewProblem> problems = new ArrayList<>();
        if (isBlank(owner)) {
            problems.add(ReviewProblem.OWNER_MISSING);
        }
        if (!isBlank(date)) {
            try {
                LocalDate due = LocalDate.parse(date.strip());
                if (!due.isAfter(today)) {
                    problems.add(ReviewProblem.DATE_NOT_IN_FUTURE);
                } else if (due.isAfter(today.plusYears(ReviewProblem.MAX_YEARS_AHEAD))) {
                    problems.add(ReviewProblem.DATE_TOO_FAR);
                }
            } catch (DateTimeParseException e) {
                problems.add(ReviewProblem.DATE_UNREADABLE);
            }
        } else if (!isBlank(interval) && ReviewInterval.fromCode(interval.strip()).isEmpty()) {
            problems.add(ReviewProblem.INTERVAL_UNKNOWN);
        }
        if (!isBlank(requestId) && !RequestReference.isWellFormed(requestId)) {
            problems.add(ReviewProblem.REQUEST_ID_INVALID);
        }
        return List.copyOf(problems);
    }

    /** The due day; only meaningful when {@link #problems} is empty. */
    public LocalDate due(LocalDate today) {
        if (!isBlank(date)) {
            return LocalDate.parse(date.strip());
        }
        return Optional.ofNullable(interval).filter(code -> !code.isBlank()).flatMap(code -> ReviewInterval.fromCode(code.strip()))
                .orElse(ReviewInterval.DEFAULT).dueFrom(today);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
