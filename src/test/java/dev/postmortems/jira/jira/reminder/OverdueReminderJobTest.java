package dev.postmortems.jira.jira.reminder;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.scheduler.config.RunMode;
import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.InMemoryCommentManager;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.reminder.OverdueReminders;
import dev.postmortems.jira.service.review.ReviewService;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The overdue reminders as Jira's scheduler runs them: registered at start, once per cluster, one comment per overdue period. */
public class OverdueReminderJobTest {
    private static final String JOB = "dev.postmortems.jira.overdue-reminders";

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private PostmortemFixture app;
    private DoubleIssue action;
    private DoubleIssue review;

    @Before
    public void start() {
        app = rule.fixture();
        app.postmortem().assign(app.user(OWNER));
        long ticketId = app.as(EDITOR, () -> app.bean(ActionService.class).add(app.postmortem().getKey(), List.of(
                new ActionInput("req-action-0001", "Add a load test", "corrective", OWNER, "", today.plusDays(3).toString(), "", "", null))))
                .get(0).action().orElseThrow().ticketId().orElseThrow();
        action = (DoubleIssue) app.jira().issues().getIssueObject(ticketId);
        String reviewKey = app.scheduledReview(EDITOR, app.postmortem().getKey(), new ReviewInput("req-review-0001", "2w", null, OWNER));
        review = (DoubleIssue) app.jira().issues().getIssueObject(reviewKey);
    }

    @Test
    public void theJobIsScheduledOncePerClusterAtStart() {
        var jobs = app.jira().scheduler().jobs();
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, jobs.get(com.atlassian.scheduler.config.JobId.of(JOB)).getRunMode());
        // Besides it, only the once-after-start job that measures older postmortems.
        assertEquals(java.util.Set.of(com.atlassian.scheduler.config.JobId.of(JOB),
                dev.postmortems.jira.jira.insight.InsightsBackfillJob.JOB), jobs.keySet());
    }

    @Test
    public void nothingIsSaidBeforeATicketIsOverdue() {
        app.jira().scheduler().run(JOB);

        assertEquals(0, app.jira().comments().count());
    }

    @Test
    public void eachNewlyOverdueTicketGetsExactlyOneCommentMentioningItsAssignee() {
        overdue(action, 2);
        overdue(review, 1);

        app.jira().scheduler().run(JOB);
        app.jira().scheduler().run(JOB);

        List<InMemoryCommentManager.Written> onAction = app.jira().comments().on(action);
        assertEquals(1, onAction.size());
        assertTrue(onAction.get(0).body(), onAction.get(0).body().startsWith("[~olivia] this postmortem action was due on "
                + today.minusDays(2)));
        // No author was chosen: the reminder has none (Jira shows Anonymous), so it reaches the assignee even when the
        // assignee reported the ticket.
        assertEquals(null, onAction.get(0).author());
        List<InMemoryCommentManager.Written> onReview = app.jira().comments().on(review);
        assertEquals(1, onReview.size());
        assertTrue(onReview.get(0).body(), onReview.get(0).body().contains("this follow-up review was due on " + today.minusDays(1)));
    }

    @Test
    public void aPostmortemStartedFromAnIncidentAndPastItsDueDateRemindsItsFacilitatorOnce() {
        String key = app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.team.StartService.class).start(
                new dev.postmortems.jira.domain.team.StartInput("req-start-0001", app.incident().getKey(), "OPS",
                        "Postmortem: Checkout down again", OWNER, List.of(), false, true))).key();
        DoubleIssue started = (DoubleIssue) app.jira().issues().getIssueObject(key);
        assertEquals(List.of(), app.bean(dev.postmortems.jira.service.jql.FollowUpSearch.class).overduePostmortems());
        overdue(started, 1);

        assertEquals(List.of(started.getId()), app.bean(dev.postmortems.jira.service.jql.FollowUpSearch.class).overduePostmortems());
        app.jira().scheduler().run(JOB);
        app.jira().scheduler().run(JOB);

        List<InMemoryCommentManager.Written> onPostmortem = app.jira().comments().on(started);
        assertEquals(1, onPostmortem.size());
        assertEquals("[~olivia] this postmortem was due on " + today.minusDays(1) + " and is not resolved yet. Hold the meeting and "
                + "finish it, or agree a new due date with the team.", onPostmortem.get(0).body());
        started.resolve(true);
        app.jira().events().publish(new IssueEvent(started, EventType.ISSUE_RESOLVED_ID));
        assertEquals(List.of(), app.bean(dev.postmortems.jira.service.jql.FollowUpSearch.class).overduePostmortems());
    }

    @Test
    public void remindersAreWrittenAsTheAuthorAnAdministratorChose() {
        app.bean(dev.postmortems.jira.service.reminder.ReminderPreferences.class).save(java.util.Optional.of(PostmortemFixture.ADMIN), 0);
        overdue(action, 2);

        app.jira().scheduler().run(JOB);

        assertEquals(PostmortemFixture.ADMIN, app.jira().comments().on(action).get(0).author());
    }

    @Test
    public void aPreDueReminderComesOnceWhenTheTicketFallsDueWithinTheChosenDays() {
        app.bean(dev.postmortems.jira.service.reminder.ReminderPreferences.class).save(java.util.Optional.empty(), 3);
        action.due(today.plusDays(3));
        review.due(today.plusDays(4)); // outside the three days
        app.jira().events().publish(new IssueEvent(action, EventType.ISSUE_UPDATED_ID));
        app.jira().events().publish(new IssueEvent(review, EventType.ISSUE_UPDATED_ID));

        app.jira().scheduler().run(JOB);
        app.jira().scheduler().run(JOB);

        List<InMemoryCommentManager.Written> onAction = app.jira().comments().on(action);
        assertEquals(1, onAction.size());
        assertEquals("[~olivia] this postmortem action is due on " + today.plusDays(3)
                + ". Finish it, or agree a new due date with the postmortem's facilitator.", onAction.get(0).body());
        assertEquals(0, app.jira().comments().on(review).size());

        overdue(action, 1); // and once overdue, the overdue reminder still comes
        app.jira().scheduler().run(JOB);
        assertEquals(2, app.jira().comments().on(action).size());
    }

    @Test
    public void withoutAPreDueWindowNothingIsSaidBeforeTheDueDate() {
        action.due(today);
        app.jira().events().publish(new IssueEvent(action, EventType.ISSUE_UPDATED_ID));

        app.jira().scheduler().run(JOB);

        assertEquals(0, app.jira().comments().count());
    }

    @Test
    public void aNewDueDateThatPassesTooIsANewOverduePeriodWithItsOwnReminder() {
        overdue(action, 5);
        app.jira().scheduler().run(JOB);
        overdue(action, 1);

        app.jira().scheduler().run(JOB);

        assertEquals(2, app.jira().comments().on(action).size());
    }

    @Test
    public void aTicketResolvedOrMovedWithoutAnEventIsCorrectedAndNotReminded() {
        overdue(action, 2);
        action.resolve(true); // resolved by a route that sent no event: the job asks Jira before it comments
        overdue(review, 2);
        review.due(today.plusDays(7));

        app.jira().scheduler().run(JOB);

        assertEquals(0, app.jira().comments().count());
    }

    @Test
    public void twoRunsAtOnceStillCommentOnce() throws Exception {
        overdue(action, 2);
        overdue(review, 2);
        OverdueReminders reminders = app.bean(OverdueReminders.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(reminders::run);
            }
            int sent = 0;
            for (Future<Integer> run : pool.invokeAll(runs)) {
                sent += run.get();
            }
            assertEquals(2, sent);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, app.jira().comments().on(action).size());
        assertEquals(1, app.jira().comments().on(review).size());
    }

    @Test
    public void anUnassignedTicketSaysItHasNoOwner() {
        overdue(action.assign(null), 2);

        app.jira().scheduler().run(JOB);

        assertTrue(app.jira().comments().on(action).get(0).body().contains("has no owner"));
    }

    @Test
    public void aDueDateMovedIntoThePastWithoutAnEventIsFoundByTheRunsReconciliation() {
        action.due(today.minusDays(4)); // a direct database change: Jira announced nothing
        action.resolve(false);
        review.resolve(true);

        app.jira().scheduler().run(JOB);

        assertEquals(1, app.jira().comments().on(action).size());
        assertEquals(0, app.jira().comments().on(review).size());
        assertEquals(java.util.Set.of(action.getId()), java.util.Set.copyOf(
                app.bean(dev.postmortems.jira.service.jql.FollowUpSearch.class).overdueActions()));
    }

    /** The ticket's due date moved into the past in Jira, and Jira announced the change. */
    private void overdue(DoubleIssue ticket, int daysAgo) {
        ticket.due(today.minusDays(daysAgo));
        app.jira().events().publish(new IssueEvent(ticket, EventType.ISSUE_UPDATED_ID));
    }
}
