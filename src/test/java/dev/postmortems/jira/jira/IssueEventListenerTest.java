package dev.postmortems.jira.jira;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import dev.postmortems.jira.domain.timeline.TimelineInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.service.timeline.TimelineStore;
import dev.postmortems.jira.service.whys.WhysService;
import dev.postmortems.jira.service.whys.WhysStore;
import dev.postmortems.jira.domain.whys.WhyChainInput;
import java.util.List;
import dev.postmortems.jira.service.team.StartStore;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class IssueEventListenerTest {
    private static final Long ISSUE_UPDATED_ID = 2L;
    /** Actions (its own and those of its ticket, in one), reviews, started postmortems, the postmortems' rows. */
    private static final int STATEMENTS_PER_EVENT = 4;

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;

    @Before
    public void start() throws Exception {
        app = rule.fixture();
    }


    @Test
    public void theAppListensOnceItStarts() {
        assertEquals(1, app.jira().events().listeners().stream().filter(IssueEventListener.class::isInstance).count());
    }

    @Test
    public void givenAPostmortemIsDeleted_thenItsTimelineGoesAndOtherTimelinesStay() {
        DoubleIssue other = app.newPostmortem("other");
        addEntry(app.postmortem());
        addEntry(app.postmortem());
        addEntry(other);

        app.jira().issues().delete(app.postmortem());
        app.jira().events().publish(new IssueEvent(app.postmortem(), EventType.ISSUE_DELETED_ID));

        TimelineStore store = app.app().context().getBean(TimelineStore.class);
        assertTrue(store.entriesOf(app.postmortem().getId()).isEmpty());
        assertEquals(1, store.entriesOf(other.getId()).size());
    }

    /** The requests that started a postmortem go with it, and with the incident they started from. */
    @Test
    public void givenAPostmortemOrItsIncidentIsDeleted_thenTheRequestsThatStartedItGo() {
        StartStore starts = app.bean(StartStore.class);
        DoubleIssue otherIncident = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Search down");
        starts.createPending("req-start-0001", app.incident().getId(), java.time.LocalDate.of(2026, 12, 4));
        starts.recordPostmortem("req-start-0001", app.postmortem().getId());
        starts.createPending("req-start-0002", otherIncident.getId(), java.time.LocalDate.of(2026, 12, 4));
        starts.createPending("req-start-0003", app.incident().getId() + 1_000, java.time.LocalDate.of(2026, 12, 4));

        app.jira().issues().delete(app.postmortem());
        app.jira().events().publish(new IssueEvent(app.postmortem(), EventType.ISSUE_DELETED_ID));
        app.jira().issues().delete(otherIncident);
        app.jira().events().publish(new IssueEvent(otherIncident, EventType.ISSUE_DELETED_ID));

        assertTrue(starts.findByRequest("req-start-0001").isEmpty());
        assertTrue(starts.findByRequest("req-start-0002").isEmpty());
        assertTrue(starts.findByRequest("req-start-0003").isPresent());
    }

    @Test
    public void givenAPostmortemIsDeleted_thenItsWhyChainsGoToo() {
        DoubleIssue other = app.newPostmortem("other");
        for (DoubleIssue postmortem : List.of(app.postmortem(), other)) {
            app.as(PostmortemFixture.EDITOR, () -> app.bean(WhysService.class).add(postmortem.getKey(),
                    new WhyChainInput("cause", List.of(new WhyChainInput.WhyStepInput("Why?", "Because")), true), null).chain());
        }

        app.jira().issues().delete(app.postmortem());
        app.jira().events().publish(new IssueEvent(app.postmortem(), EventType.ISSUE_DELETED_ID));

        WhysStore whys = app.bean(WhysStore.class);
        assertTrue(whys.chainsOf(app.postmortem().getId()).isEmpty());
        assertEquals(1, whys.chainsOf(other.getId()).size());
    }

    @Test
    public void otherEventsLeaveTheTimelineAlone() {
        addEntry(app.postmortem());

        app.jira().events().publish(new IssueEvent(app.postmortem(), ISSUE_UPDATED_ID));
        app.jira().events().publish(new IssueEvent(null, EventType.ISSUE_DELETED_ID));

        assertEquals(1, app.app().context().getBean(TimelineStore.class).entriesOf(app.postmortem().getId()).size());
    }

    /**
     * Each issue event costs the same few statements on the app's tables whatever the data: one per table that
     * mirrors issues, in a project without a postmortem policy.
     */
    @Test
    public void anIssueEventCostsAFixedNumberOfStatementsWhateverThePostmortemsSize() {
        List<Integer> statements = new java.util.ArrayList<>();
        for (int actions : new int[] {1, 20}) {
            DoubleIssue postmortem = app.newPostmortem("Postmortem with " + actions + " actions");
            for (int i = 0; i < actions; i++) {
                app.as(PostmortemFixture.EDITOR, () -> app.bean(dev.postmortems.jira.service.action.ActionService.class).add(postmortem.getKey(),
                        List.of(new dev.postmortems.jira.domain.action.ActionInput(null, "Action", "corrective", PostmortemFixture.OWNER, "OPS",
                                "", "", "", null))));
            }
            app.jira().events().publish(new IssueEvent(postmortem, ISSUE_UPDATED_ID)); // its row in the postmortems' table
            int before = rule.ao().statementsExecuted();
            app.jira().events().publish(new IssueEvent(postmortem, ISSUE_UPDATED_ID));
            statements.add(rule.ao().statementsExecuted() - before);
        }
        assertEquals(List.of(STATEMENTS_PER_EVENT, STATEMENTS_PER_EVENT), statements);
    }

    /** Passes only if the listener swallows (and logs) the failure: an exception here would fail the deletion. */
    @Test
    public void aFailureToCleanUpNeverBreaksTheDeletionInJira() {
        TimelineStore broken = mock(TimelineStore.class);
        when(broken.deleteAllOf(anyLong())).thenThrow(new IllegalStateException("database unavailable"));
        TimelineService service = new TimelineService(null, broken, null, null, null);
        WhysService whys = new WhysService(null, new dev.postmortems.jira.store.ActiveObjectsWhysStore(rule.ao().activeObjects()), null);

        new IssueEventListener(app.jira().events(), service, whys, app.bean(dev.postmortems.jira.service.action.ActionService.class),
                app.bean(dev.postmortems.jira.service.team.StartService.class),
                app.bean(dev.postmortems.jira.service.review.ReviewService.class),
                app.bean(dev.postmortems.jira.service.jql.FollowUpSearch.class),
                app.bean(dev.postmortems.jira.service.lessons.LessonsService.class),
                app.bean(dev.postmortems.jira.service.verdict.VerdictService.class),
                app.bean(dev.postmortems.jira.service.team.IncidentNeeds.class),
                app.bean(dev.postmortems.jira.service.team.MeetingService.class),
                app.bean(dev.postmortems.jira.jira.JiraIssueStates.class),
                app.bean(dev.postmortems.jira.service.insight.PipelineStore.class))
                .onIssueEvent(new IssueEvent(app.postmortem(), EventType.ISSUE_DELETED_ID));
    }

    private void addEntry(DoubleIssue postmortem) {
        app.as(PostmortemFixture.EDITOR, () -> app.bean(TimelineService.class)
                .add(postmortem.getKey(), new TimelineInput("2026-11-20T10:00:00Z", "fact", ""), null));
    }
}
