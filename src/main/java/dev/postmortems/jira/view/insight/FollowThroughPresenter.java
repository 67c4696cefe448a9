package dev.postmortems.jira.view.insight;

import dev.postmortems.jira.domain.insight.FollowThrough;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.WhoIsAsking;
import dev.postmortems.jira.service.insight.FollowThroughInsights;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Turns a project's follow-through into the item's rows, in the viewer's language, each number with its search. */
public final class FollowThroughPresenter {
    private final FollowThroughInsights insights;
    private final Messages messages;
    private final IssuesSearch searches;
    private final WhoIsAsking viewer;

    public FollowThroughPresenter(FollowThroughInsights insights, Messages messages, Links links, WhoIsAsking viewer) {
        this.insights = insights;
        this.messages = messages;
        this.searches = new IssuesSearch(links);
        this.viewer = viewer;
    }

    public FollowThroughView present(String projectKey) {
        FollowThroughInsights.Followed followed = insights.followThrough(projectKey);
        FollowThrough followThrough = followed.followThrough();
        Map<Long, Ticket> tickets = followed.tickets();
        DateTimeFormatter monthLabel = MonthLabel.in(viewer.locale());
        List<FollowThroughView.MonthRow> months = followThrough.months().stream().map(month -> new FollowThroughView.MonthRow(
                month.month().toString(), monthLabel.format(month.month()), count(month.decided(), tickets), count(month.done(), tickets),
                count(month.doneByDue(), tickets), month.doneWithDue().size(), onTime(month))).toList();
        List<FollowThroughView.AgeRow> ages = Arrays.stream(FollowThrough.Age.values()).map(age -> new FollowThroughView.AgeRow(age.key(),
                messages.text("postmortems.insight.follow.age." + age.key()), count(followThrough.openAged(age), tickets))).toList();
        List<FollowThroughView.ProjectRow> projects = followThrough.overdueByProject().stream().map(project -> new FollowThroughView.ProjectRow(
                project.projectKey(), followed.projectNames().getOrDefault(project.projectKey(), project.projectKey()),
                count(project.overdue(), tickets))).toList();
        List<FollowThroughView.KindRow> kinds = followThrough.kinds().stream().map(kind -> new FollowThroughView.KindRow(kind.kind().key(),
                messages.text("postmortems.action.kind." + kind.kind().key()), count(kind.decided(), tickets), count(kind.done(), tickets),
                count(kind.open(), tickets), count(kind.overdue(), tickets))).toList();
        return new FollowThroughView(followed.project().key(), messages.text("postmortems.insight.follow.title", followed.project().name()),
                messages.text("postmortems.insight.follow.period", FollowThroughInsights.MONTHS), months, ages, projects, kinds);
    }

    private String onTime(FollowThrough.Month month) {
        int withDue = month.doneWithDue().size();
        if (withDue == 0) {
            return "";
        }
        int byDue = month.doneByDue().size();
        return messages.text("postmortems.insight.follow.on-time-share", byDue, withDue, Math.round(100.0 * byDue / withDue));
    }

    private IssueCount count(List<Long> ticketIds, Map<Long, Ticket> tickets) {
        return searches.count(ticketIds, tickets);
    }
}
