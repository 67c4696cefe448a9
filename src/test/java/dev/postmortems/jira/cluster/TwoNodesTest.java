package dev.postmortems.jira.cluster;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.JiraDouble;
import dev.postmortems.jira.jiradouble.JiraDoubleSpringContext;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.reminder.OverdueReminders;
import dev.postmortems.jira.store.testing.AppDatabase;
import dev.postmortems.jira.store.testing.ClusterDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The app on two nodes of a Data Center cluster: one Jira, one PostgreSQL database, and per node its own Spring
 * context, Active Objects, REST server and cluster locks — held by the database, so they exclude across nodes as
 * Beehive's do. What happens at the same moment on both nodes must happen once, and concurrent edits lose nothing.
 */
public class TwoNodesTest {
    private final ClusterDatabase database = new ClusterDatabase();
    private final List<AppDatabase> opened = new ArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private PostmortemFixture app;
    private PostmortemFixture.Node other;

    @Before
    public void startTwoNodes() throws Exception {
        app = new PostmortemFixture(node().activeObjects(), database.locksForNode());
        other = app.anotherNode(node().activeObjects(), database.locksForNode());
    }

    @After
    public void stopTwoNodes() {
        pool.shutdownNow();
        app.close();
        opened.forEach(AppDatabase::close);
    }

    @Test
    public void givenBothNodesStartTogether_thenEachIssueTypeAndLinkTypeIsCreatedOnce() throws Exception {
        JiraDouble newJira = new JiraDouble().slowReads();
        List<LifecycleAware> starts = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            JiraDoubleSpringContext context = new JiraDoubleSpringContext(newJira, Map.of(ActiveObjects.class, node().activeObjects(),
                    ClusterLockService.class, database.locksForNode()), beans -> {
            });
            starts.addAll(context.context().getBeansOfType(LifecycleAware.class).values());
        }

        atOnce(starts.stream().<Callable<Object>>map(start -> () -> {
            start.onStart();
            return null;
        }).toList());

        for (String type : List.of("Postmortem", "Postmortem Review")) {
            assertEquals(type, 1, newJira.issueTypes().getIssueTypes().stream().filter(t -> t.getName().equals(type)).count());
        }
        for (String type : List.of("Postmortem Action", "Postmortem Review", "Postmortem", "Postmortem Recurrence")) {
            assertEquals(type, 1, newJira.linkTypes().getIssueLinkTypesByName(type).size());
        }
    }

    @Test
    public void givenTheSameActionRequestOnBothNodesAtOnce_thenOneTicketIsCreated() throws Exception {
        String actions = "/postmortems/" + app.postmortem().getKey() + "/actions";
        for (int round = 1; round <= 5; round++) {
            List<Map<String, Object>> body = List.of(Map.of("requestId", "req-cluster-000" + round, "summary", "Add a load test " + round,
                    "kind", "corrective", "assignee", OWNER));

            List<Reply> replies = atOnce(List.of(() -> app.rest().post(EDITOR, actions, body), () -> other.rest().post(EDITOR, actions, body)));

            for (Reply reply : replies) {
                assertTrue(reply.body(), reply.status() == 200 || reply.status() == 201);
            }
            assertEquals(round, app.jira().issueService().created());
        }
        assertEquals(5, app.rest().get(EDITOR, actions).tree().get("actions").size());
    }

    @Test
    public void givenTheRemindersJobRunsOnBothNodesAtOnce_thenEachOverdueTicketGetsOneComment() throws Exception {
        long ticketId = app.as(EDITOR, () -> app.bean(ActionService.class).add(app.postmortem().getKey(), List.of(
                new ActionInput("req-action-0001", "Add a load test", "corrective", OWNER, "", "", "", "", null))))
                .get(0).action().orElseThrow().ticketId().orElseThrow();
        DoubleIssue ticket = (DoubleIssue) app.jira().issues().getIssueObject(ticketId);
        ticket.due(LocalDate.now(ZoneOffset.UTC).minusDays(2));
        app.jira().events().publish(new IssueEvent(ticket, EventType.ISSUE_UPDATED_ID));

        List<Integer> sent = atOnce(List.of(() -> app.bean(OverdueReminders.class).run(), () -> other.bean(OverdueReminders.class).run()));

        assertEquals(1, sent.get(0) + sent.get(1));
        assertEquals(1, app.jira().comments().on(ticket).size());
    }

    @Test
    public void givenEditsOfOneTimelineEntryOnBothNodesAtOnce_thenOneWinsEachTimeAndNothingIsLost() throws Exception {
        String timeline = "/postmortems/" + app.postmortem().getKey() + "/timeline";
        long id = app.rest().post(EDITOR, timeline, Map.of("occurredAt", "2026-11-20T10:00:00Z", "text", "first")).tree().get("id").asLong();
        String winner = "first";
        int rounds = 20;
        for (int round = 1; round <= rounds; round++) {
            int revision = round; // each round starts from the revision the previous one left
            String mine = "node one, round " + round;
            String theirs = "node two, round " + round;

            List<Reply> replies = atOnce(List.of(
                    () -> app.rest().put(EDITOR, timeline + "/" + id, edit(mine, revision)),
                    () -> other.rest().put(EDITOR, timeline + "/" + id, edit(theirs, revision))));

            List<Integer> statuses = replies.stream().map(Reply::status).sorted().toList();
            assertEquals(replies.get(0).body() + replies.get(1).body(), List.of(200, 409), statuses);
            winner = replies.get(0).status() == 200 ? mine : theirs;
        }
        var entry = other.rest().get(EDITOR, timeline).tree().get("entries").get(0);
        assertEquals(rounds + 1, entry.get("revision").asInt());
        assertEquals(winner, entry.get("text").asText());
    }

    private AppDatabase node() {
        AppDatabase node = database.openForNode();
        opened.add(node);
        return node;
    }

    private static Map<String, Object> edit(String text, int revision) {
        return Map.of("occurredAt", "2026-11-20T10:00:00Z", "text", text, "revision", revision);
    }

    /** Runs the work on separate threads released at the same instant, and waits for every result. */
    private <T> List<T> atOnce(List<Callable<T>> work) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService runners = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> each : work) {
                futures.add(runners.submit(() -> {
                    go.await();
                    return each.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            runners.shutdownNow();
        }
    }
}
