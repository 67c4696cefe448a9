package dev.postmortems.jira.service.insight;

import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.SiteTimeZone;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketReader;
import dev.postmortems.jira.service.followup.FollowUpToday;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a dashboard item may count: a project the viewer may browse (another is like none), the months that end with
 * this one, and the issues the viewer may see.
 */
public final class InsightScope {
    private final Projects projects;
    private final TicketReader tickets;
    private final FollowUpToday today;
    private final SiteTimeZone site;

    public InsightScope(Projects projects, TicketReader tickets, FollowUpToday today, SiteTimeZone site) {
        this.projects = projects;
        this.tickets = tickets;
        this.today = today;
        this.site = site;
    }

    public TargetProject project(String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            throw new InvalidInputException(List.of(new FieldError("project", "postmortems.insight.error.project-missing")));
        }
        return projects.project(projectKey).orElseThrow(() -> new PostmortemNotFoundException("postmortems.insight.error.project-unknown"));
    }

    /** This month, as follow-ups count days: in Jira's default time zone. */
    public YearMonth thisMonth() {
        return YearMonth.from(today.date());
    }

    /** The first moment of the {@code months} months that end with this one. */
    public Instant since(int months) {
        return thisMonth().minusMonths(months - 1L).atDay(1).atStartOfDay(site.defaultZone()).toInstant();
    }

    public ZoneId zone() {
        return site.defaultZone();
    }

    /** Of these issues, those the viewer may browse, in one batch read of Jira's: the others count nowhere. */
    public Map<Long, Ticket> visible(Collection<Long> issueIds) {
        return tickets.tickets(issueIds).entrySet().stream().filter(entry -> entry.getValue().visible())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The projects the viewer may choose from. */
    public List<TargetProject> choices() {
        return projects.browsable();
    }
}
