package dev.postmortems.jira.jira.jql;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.permission.ProjectPermissions;
import com.fasterxml.jackson.databind.JsonNode;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;
import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionOutcome;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.review.ReviewService;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The app's JQL functions as Jira's search calls them (validate, then getValues), built from the app's Spring context
 * as the descriptor's modules are, over tickets made through the app and changed in Jira as people change them.
 */
public class PostmortemJqlFunctionsTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private PostmortemFixture app;
    private DoubleIssue overdueFix;
    private DoubleIssue laterScreen;
    private DoubleIssue undatedFix;

    @Before
    public void start() {
        app = rule.fixture();
        app.postmortem().assign(app.user(OWNER));
        List<DoubleIssue> tickets = addActions(app.postmortem(),
                action("req-action-0001", "Fix the pool size", "corrective", today.minusDays(1)),
                action("req-action-0002", "Screen features for scale", "preventative", today.plusDays(1)),
                action("req-action-0003", "Fix the alert", "corrective", null));
        overdueFix = tickets.get(0);
        laterScreen = tickets.get(1);
        undatedFix = tickets.get(2);
    }

    @Test
    public void overdueActionsAreTheUnresolvedOnesDueBeforeTodayAndFollowChangesMadeInJira() {
        assertEquals(Set.of(overdueFix.getId()), values("overduePostmortemActions"));

        change(overdueFix.resolve(true), EventType.ISSUE_RESOLVED_ID);
        assertEquals(Set.of(), values("overduePostmortemActions"));

        change(laterScreen.due(today.minusDays(2)), EventType.ISSUE_UPDATED_ID);
        change(overdueFix.resolve(false), EventType.ISSUE_REOPENED_ID);
        assertEquals(Set.of(overdueFix.getId(), laterScreen.getId()), values("overduePostmortemActions"));

        change(laterScreen.due(today), EventType.ISSUE_UPDATED_ID); // due today is not overdue yet
        assertEquals(Set.of(overdueFix.getId()), values("overduePostmortemActions"));
    }

    /**
     * "Overdue" is counted in Jira's default time zone, not the reader's: a reader in UTC+14 (already tomorrow) and
     * one in UTC-12 (still yesterday) see exactly the actions overduePostmortemActions() finds. At any hour one of
     * them lives on another date than Jira, so a rule that used the reader's zone fails here.
     */
    @Test
    public void overdueIsTheSameForEveryReaderWhateverTheirZoneAndTheSameAsTheJqlFunction() throws Exception {
        DoubleIssue dueToday = addActions(app.postmortem(), action("req-action-0005", "Rotate the keys", "corrective", today)).get(0);
        Set<Long> overdueInJql = values("overduePostmortemActions");
        assertEquals(Set.of(overdueFix.getId()), overdueInJql);
        assertFalse(overdueInJql.contains(dueToday.getId()));

        for (String zone : List.of("UTC", "Pacific/Kiritimati", "Etc/GMT+12")) {
            String username = "reader-" + zone.replaceAll("\\W", "");
            DoubleUser reader = app.jira().users().add(new DoubleUser("u-" + username, username, "Reader " + zone, ZoneId.of(zone)));
            app.jira().permissions().grant(reader, "OPS", ProjectPermissions.BROWSE_PROJECTS);
            JsonNode actions = app.rest().get(username, "/postmortems/" + app.postmortem().getKey() + "/actions").tree().get("actions");
            assertEquals(4, actions.size());
            for (JsonNode action : actions) {
                long id = app.jira().issues().getIssueObject(action.get("key").asText()).getId();
                assertEquals(zone + " " + action.get("key").asText(), overdueInJql.contains(id), action.get("overdue").asBoolean());
            }
        }
    }

    @Test
    public void overdueReviewsFollowTheDueDateInJiraAndReschedulingThroughTheApp() {
        String key = app.scheduledReview(EDITOR, app.postmortem().getKey(), new ReviewInput("req-review-0001", "2w", null, OWNER));
        DoubleIssue review = issue(key);
        assertEquals(Set.of(), values("overduePostmortemReviews"));

        change(review.due(today.minusDays(5)), EventType.ISSUE_UPDATED_ID);
        assertEquals(Set.of(review.getId()), values("overduePostmortemReviews"));

        app.as(EDITOR, () -> app.bean(ReviewService.class).schedule(app.postmortem().getKey(),
                new ReviewInput("req-review-0002", "1w", null, OWNER)));
        assertEquals(Set.of(), values("overduePostmortemReviews"));
        assertEquals(Set.of(), values("overduePostmortemActions").stream().filter(id -> id.equals(review.getId()))
                .collect(Collectors.toSet()));
    }

    @Test
    public void postmortemActionsOfAllOfOnePostmortemAndOfOneKind() {
        DoubleIssue other = app.newPostmortem("Postmortem: search slow");
        DoubleIssue elsewhere = addActions(other, action("req-action-0004", "Cache the index", "corrective", null)).get(0);

        assertEquals(Set.of(overdueFix.getId(), laterScreen.getId(), undatedFix.getId(), elsewhere.getId()),
                values("postmortemActions"));
        assertEquals(Set.of(overdueFix.getId(), laterScreen.getId(), undatedFix.getId()),
                values("postmortemActions", app.postmortem().getKey()));
        assertEquals(Set.of(laterScreen.getId()), values("postmortemActions", app.postmortem().getKey(), "preventative"));
        assertEquals(Set.of(overdueFix.getId(), undatedFix.getId()),
                values("postmortemActions", app.postmortem().getKey().toLowerCase(), "Corrective"));
    }

    @Test
    public void postmortemsWithOpenActionsLoseAPostmortemOnceEveryActionIsResolved() {
        assertEquals(Set.of(app.postmortem().getId()), values("postmortemsWithOpenActions"));

        for (DoubleIssue ticket : List.of(overdueFix, laterScreen, undatedFix)) {
            change(ticket.resolve(true), EventType.ISSUE_RESOLVED_ID);
        }

        assertEquals(Set.of(), values("postmortemsWithOpenActions"));
    }

    @Test
    public void postmortemRecurrencesFindsThePostmortemsWhoseProblemCameBackAndTheRecurrencesOfOne() {
        DoubleIssue other = app.newPostmortem("Postmortem: search slow");
        DoubleIssue again = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Checkout down again");
        DoubleIssue third = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Checkout down a third time");
        assertEquals(Set.of(), values("postmortemRecurrences"));

        for (DoubleIssue incident : List.of(again, third)) {
            app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.recurrence.RecurrenceService.class).mark(
                    new dev.postmortems.jira.service.recurrence.RecurrenceInput(incident.getKey(), app.postmortem().getKey())));
        }

        assertEquals(Set.of(app.postmortem().getId()), values("postmortemRecurrences"));
        assertEquals(Set.of(again.getId(), third.getId()), values("postmortemRecurrences", app.postmortem().getKey().toLowerCase()));
        assertEquals(Set.of(), values("postmortemRecurrences", other.getKey()));
        assertEquals(Set.of("postmortemRecurrences takes at most one argument: a postmortem's key, as in postmortemRecurrences(\"OPS-12\")."),
                errors(EDITOR, "postmortemRecurrences", "OPS-2", "OPS-3"));
        assertEquals(Set.of("There is no postmortem " + again.getKey() + ", or you do not have permission to see it."),
                errors(EDITOR, "postmortemRecurrences", again.getKey()));
        assertTrue(valuesFor(OUTSIDER, "postmortemRecurrences", app.postmortem().getKey()).isEmpty());
    }

    @Test
    public void theReviewsVerdictsAreSearchableAndAFollowUpTakesAnActionOffTheIneffectiveList() {
        String review = app.scheduledReview(EDITOR, app.postmortem().getKey(),
                new dev.postmortems.jira.domain.review.ReviewInput("req-review-0001", "2w", null, OWNER));
        judge(review, overdueFix, "ineffective");
        judge(review, laterScreen, "unverified");
        String key = app.postmortem().getKey();

        assertEquals(Set.of(overdueFix.getId()), values("ineffectivePostmortemActions"));
        assertEquals(Set.of(issue(review).getId()), values("postmortemReviewsNeedingFollowUp"));
        assertEquals(Set.of(overdueFix.getId()), values("postmortemActions", key, "ineffective"));
        assertEquals(Set.of(laterScreen.getId()), values("postmortemActions", key, "Unverified"));
        assertEquals(Set.of(undatedFix.getId()), values("postmortemActions", key, "unreviewed"));
        assertEquals(Set.of(undatedFix.getId()), values("postmortemActions", key, "unreviewed", "corrective"));
        assertEquals(Set.of(), values("postmortemActions", key, "preventative", "ineffective"));

        long fixAction = actionOf(overdueFix);
        List<DoubleIssue> followUp = addActions(app.postmortem(), new ActionInput("req-action-0009", "Fix the pool size again",
                "corrective", OWNER, "", "", "", "", null, "", fixAction));
        assertEquals(Set.of(), values("ineffectivePostmortemActions"));
        assertEquals(Set.of(), values("postmortemReviewsNeedingFollowUp"));
        assertEquals(Set.of(undatedFix.getId(), followUp.get(0).getId()), values("postmortemActions", key, "unreviewed"));
    }

    private void judge(String reviewKey, DoubleIssue ticket, String verdict) {
        app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.verdict.VerdictService.class).judge(reviewKey, actionOf(ticket),
                new dev.postmortems.jira.domain.verdict.VerdictInput(verdict, "", "", null)));
    }

    private long actionOf(DoubleIssue ticket) {
        return app.bean(dev.postmortems.jira.service.action.ActionStore.class).actionsOf(app.postmortem().getId()).stream()
                .filter(action -> action.ticketId().equals(java.util.Optional.of(ticket.getId()))).findFirst().orElseThrow().id();
    }

    @Test
    public void wrongCallsAreExplainedWithoutSayingWhetherAnIssueExists() {
        assertEquals(Set.of("overduePostmortemReviews takes no arguments: write overduePostmortemReviews()."),
                errors(EDITOR, "overduePostmortemReviews", "OPS-2"));
        assertEquals(Set.of("postmortemActions takes at most three arguments: a postmortem's key, then a kind and a verdict, as in "
                + "postmortemActions(\"OPS-12\", \"corrective\", \"ineffective\")."),
                errors(EDITOR, "postmortemActions", "OPS-2", "corrective", "effective", "x"));
        assertEquals(Set.of("Name at most one kind and one verdict."), errors(EDITOR, "postmortemActions", "OPS-2", "effective", "dropped"));
        assertEquals(Set.of("There is no postmortem OPS-1, or you do not have permission to see it."),
                errors(EDITOR, "postmortemActions", "OPS-1"));
        assertEquals(Set.of("There is no postmortem NOPE-9, or you do not have permission to see it."),
                errors(EDITOR, "postmortemActions", "NOPE-9"));
        assertEquals(Set.of("fix is neither a kind of action (corrective, preventative) nor a verdict (effective, partly, "
                + "ineffective, unverified, dropped, unreviewed)."), errors(EDITOR, "postmortemActions", "OPS-2", "fix"));
        assertEquals(Set.of("ineffectivePostmortemActions takes no arguments: write ineffectivePostmortemActions()."),
                errors(EDITOR, "ineffectivePostmortemActions", "OPS-2"));
        assertEquals(Set.of("There is no postmortem OPS-2, or you do not have permission to see it."),
                errors(OUTSIDER, "postmortemActions", "OPS-2"));
        assertTrue(valuesFor(OUTSIDER, "postmortemActions", "OPS-2").isEmpty());
        assertFalse(errors(EDITOR, "postmortemActions").iterator().hasNext());
    }

    @Test
    public void incidentsWithoutPostmortemAndWaivedOnesComeFromThePolicyOfEachProjectOrOne() {
        app.bean(dev.postmortems.jira.service.team.PolicySettings.class).save("OPS",
                new dev.postmortems.jira.domain.team.PostmortemPolicy(Set.of("Bug"), Set.of()));
        app.bean(dev.postmortems.jira.service.team.IncidentNeeds.class).scan("OPS");
        DoubleIssue other = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Search slow");
        change(other, EventType.ISSUE_CREATED_ID);

        assertEquals(Set.of(app.incident().getId(), other.getId()), values("incidentsWithoutPostmortem"));
        assertEquals(Set.of(app.incident().getId(), other.getId()), values("incidentsWithoutPostmortem", "ops"));
        assertEquals(Set.of(), values("incidentsWithoutPostmortem", "DEV"));
        app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.team.IncidentNeeds.class).waive(other.getKey(), "A duplicate of OPS-1"));
        assertEquals(Set.of(app.incident().getId()), values("incidentsWithoutPostmortem"));
        assertEquals(Set.of(other.getId()), values("waivedPostmortems", "OPS"));

        assertEquals(Set.of("No project OPS that you may browse."), errors(OUTSIDER, "waivedPostmortems", "OPS"));
        assertTrue(valuesFor(OUTSIDER, "incidentsWithoutPostmortem", "OPS").isEmpty());
        assertEquals(Set.of("No project NOPE that you may browse."), errors(EDITOR, "incidentsWithoutPostmortem", "NOPE"));
        assertEquals(Set.of("incidentsWithoutPostmortem takes at most one argument: a project key, as in incidentsWithoutPostmortem(\"OPS\")."),
                errors(EDITOR, "incidentsWithoutPostmortem", "OPS", "DEV"));
        assertFalse(errors(EDITOR, "waivedPostmortems").iterator().hasNext());
    }

    @Test
    public void postmortemsWithAMeasureFollowTheirTimelinesAndOlderOnesAreMeasuredOnce() {
        String key = app.postmortem().getKey();
        dev.postmortems.jira.service.timeline.TimelineService timeline = app.bean(dev.postmortems.jira.service.timeline.TimelineService.class);
        app.as(EDITOR, () -> {
            timeline.add(key, new dev.postmortems.jira.domain.timeline.TimelineInput("2026-11-20T10:00:00Z", "Deploy", "impact-started"), null);
            timeline.add(key, new dev.postmortems.jira.domain.timeline.TimelineInput("2026-11-20T11:30:00Z", "Back", "resolved"), null);
            return null;
        });
        assertEquals(Set.of(app.postmortem().getId()), values("postmortemsWithMeasure", "time to resolve", ">", "60"));
        assertEquals(Set.of(), values("postmortemsWithMeasure", "time to resolve", ">", "90"));
        assertEquals(Set.of(app.postmortem().getId()), values("postmortemsWithMeasure", "Time to Resolve", ">=", "90"));
        assertEquals("no detection moment: no value", Set.of(), values("postmortemsWithMeasure", "time to detect", ">=", "0"));

        // An entry edited away: the measure follows.
        long resolved = app.bean(dev.postmortems.jira.service.timeline.TimelineStore.class).entriesOf(app.postmortem().getId()).stream()
                .filter(entry -> entry.isTagged(dev.postmortems.jira.domain.timeline.TimelineTag.RESOLVED)).findFirst().orElseThrow().id();
        app.as(EDITOR, () -> {
            timeline.delete(key, resolved);
            return null;
        });
        assertEquals(Set.of(), values("postmortemsWithMeasure", "time to resolve", ">=", "0"));

        // A timeline written before measures were kept: the start-up job measures it, once.
        DoubleIssue older = app.newPostmortem("Older");
        new dev.postmortems.jira.store.ActiveObjectsTimelineStore(rule.ao().activeObjects()).add(older.getId(), List.of(
                new dev.postmortems.jira.domain.timeline.TimelineEntryDraft(java.time.Instant.parse("2026-01-01T10:00:00Z"), "Start",
                        java.util.Optional.of(dev.postmortems.jira.domain.timeline.TimelineTag.IMPACT_STARTED)),
                new dev.postmortems.jira.domain.timeline.TimelineEntryDraft(java.time.Instant.parse("2026-01-01T10:20:00Z"), "Seen",
                        java.util.Optional.of(dev.postmortems.jira.domain.timeline.TimelineTag.DETECTED))));
        assertEquals(Set.of(), values("postmortemsWithMeasure", "time to detect", "<", "30"));
        app.jira().scheduler().run(dev.postmortems.jira.jira.insight.InsightsBackfillJob.JOB.toString());
        assertEquals(Set.of(older.getId()), values("postmortemsWithMeasure", "time to detect", "<", "30"));
        assertEquals("nothing left to measure", 0, app.bean(dev.postmortems.jira.service.timeline.MeasuredTimelineStore.class).backfill());

        assertEquals(Set.of("No measure mttr: use \"time to detect\", \"time to mitigate\" or \"time to resolve\".",
                "No comparison =>: use >, >=, <, <= or =.", "Not a number of minutes from 0 to 525,600: an hour."),
                errors(EDITOR, "postmortemsWithMeasure", "mttr", "=>", "an hour"));
        assertEquals(1, errors(EDITOR, "postmortemsWithMeasure", "time to resolve").size());
        assertTrue(valuesFor(EDITOR, "postmortemsWithMeasure", "time to resolve", ">", "-1").isEmpty());
        assertFalse(errors(EDITOR, "postmortemsWithMeasure", "time to resolve", "<=", "0").iterator().hasNext());
    }

    @Test
    public void postmortemsByCauseFindTheirRootCausesCategoryAndComponent() {
        dev.postmortems.jira.service.whys.WhysService whys = app.bean(dev.postmortems.jira.service.whys.WhysService.class);
        dev.postmortems.jira.domain.cause.CauseCatalogue catalogue =
                app.bean(dev.postmortems.jira.service.cause.CauseCategoryService.class).catalogue();
        long component = app.jira().components().add(app.postmortem().getProjectObject().getId(), "Search");
        DoubleIssue other = app.newPostmortem("Billing down");
        for (DoubleIssue postmortem : List.of(app.postmortem(), other)) {
            app.as(EDITOR, () -> {
                var chain = whys.add(postmortem.getKey(), new dev.postmortems.jira.domain.whys.WhyChainInput("Down",
                        List.of(new dev.postmortems.jira.domain.whys.WhyChainInput.WhyStepInput("Why?", "A change")), true), null).chain();
                return app.bean(dev.postmortems.jira.service.cause.RootCauseSorting.class).categorize(postmortem.getKey(), chain.id(), chain.revision(), catalogue.named("change").orElseThrow().id(),
                        postmortem == other ? null : component);
            });
        }

        assertEquals(Set.of(app.postmortem().getId(), other.getId()), values("postmortemsByCause", "Change"));
        assertEquals(Set.of(app.postmortem().getId()), values("postmortemsByCause", "change", "SEARCH"));
        assertEquals(Set.of(), values("postmortemsByCause", "process"));
        assertEquals(Set.of(), values("postmortemsByCause", "change", "Billing"));

        assertEquals(Set.of("No cause category hardware: use one of the categories on the app's configuration page."),
                errors(EDITOR, "postmortemsByCause", "hardware"));
        assertEquals(1, errors(EDITOR, "postmortemsByCause").size());
        assertEquals(1, errors(EDITOR, "postmortemsByCause", "change", "Search", "more").size());
        assertFalse(errors(EDITOR, "postmortemsByCause", "change", "Search").iterator().hasNext());
        assertTrue(values("postmortemsByCause", "hardware").isEmpty());
    }

    @Test
    public void aPostmortemGivenADueDateByHandIsOverdueOnceItPasses_likeOneStartedFromAnIncident() {
        java.time.LocalDate today = app.bean(dev.postmortems.jira.service.followup.FollowUpToday.class).date();
        DoubleIssue late = app.newPostmortem("Written up by hand").due(today.minusDays(1));
        DoubleIssue dueToday = app.newPostmortem("Due today").due(today);
        change(late, EventType.ISSUE_CREATED_ID);
        change(dueToday, EventType.ISSUE_CREATED_ID);
        DoubleIssue bug = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Not a postmortem").due(today.minusDays(3));
        change(bug, EventType.ISSUE_CREATED_ID);

        assertEquals(Set.of(late.getId()), values("overduePostmortems"));

        late.resolve(true);
        change(late, EventType.ISSUE_RESOLVED_ID);
        assertEquals(Set.of(), values("overduePostmortems"));
    }

    private Set<Long> values(String function, String... args) {
        return valuesFor(EDITOR, function, args);
    }

    private Set<Long> valuesFor(String user, String function, String... args) {
        FunctionOperand operand = new FunctionOperand(function, args);
        ApplicationUser searcher = app.user(user);
        List<QueryLiteral> literals = function(function).getValues(new dev.postmortems.jira.jiradouble.SearchContext(searcher), operand, null);
        literals.forEach(literal -> assertEquals(operand, literal.getSourceOperand()));
        return literals.stream().map(QueryLiteral::getLongValue).collect(Collectors.toSet());
    }

    private Set<String> errors(String user, String function, String... args) {
        MessageSet messages = app.as(user, () -> function(function).validate(app.user(user), new FunctionOperand(function, args), null));
        return messages.getErrorMessages();
    }

    private JqlFunction function(String name) {
        String className = "dev.postmortems.jira.jira.jql." + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Function";
        try {
            JqlFunction function = (JqlFunction) app.app().context().getAutowireCapableBeanFactory()
                    .autowire(Class.forName(className), AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
            assertEquals(name, function.getFunctionName());
            return function;
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** What Jira does on an edit, a transition or a bulk change: the issue changes, then the event is published. */
    private void change(DoubleIssue issue, Long eventType) {
        app.jira().events().publish(new IssueEvent(issue, eventType));
    }

    private List<DoubleIssue> addActions(DoubleIssue postmortem, ActionInput... inputs) {
        List<ActionOutcome> outcomes = app.as(EDITOR, () -> app.bean(ActionService.class).add(postmortem.getKey(), List.of(inputs)));
        return outcomes.stream().map(outcome -> (DoubleIssue) app.jira().issues()
                .getIssueObject(outcome.action().orElseThrow().ticketId().orElseThrow())).toList();
    }

    private static ActionInput action(String requestId, String summary, String kind, LocalDate due) {
        return new ActionInput(requestId, summary, kind, OWNER, "", due == null ? "" : due.toString(), "", "", null);
    }

    private DoubleIssue issue(String key) {
        return (DoubleIssue) app.jira().issues().getIssueObject(key);
    }
}
