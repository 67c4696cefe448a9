package dev.postmortems.jira.jira;

import com.atlassian.jira.cache.request.RequestCacheFactory;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

/** The snapshot shared by the panels of one request, never beyond it, and read anyway without Jira's request cache. */
public class RequestSnapshotsTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private DoubleIssue postmortem;

    @Before
    public void start() {
        app = rule.fixture();
        postmortem = app.postmortem();
    }

    @Test
    public void oneRequestReadsTheSnapshotOnceAndTheNextRequestReadsItAgain() {
        RequestSnapshots snapshots = app.bean(RequestSnapshots.class);

        PostmortemSnapshot[] first = app.as(EDITOR, () -> app.jira().requests().inRequest(() ->
                new PostmortemSnapshot[] {snapshots.of(postmortem.getKey()), snapshots.of(postmortem.getKey())}));
        PostmortemSnapshot next = app.as(EDITOR, () -> app.jira().requests().inRequest(() -> snapshots.of(postmortem.getKey())));

        assertSame(first[0], first[1]);
        assertNotSame(first[0], next);
    }

    @Test
    public void eachUsersRequestHasItsOwnSnapshot() {
        RequestSnapshots snapshots = app.bean(RequestSnapshots.class);

        PostmortemSnapshot editors = app.as(EDITOR, () -> app.jira().requests().inRequest(() -> snapshots.of(postmortem.getKey())));
        PostmortemSnapshot viewers = app.as(VIEWER, () -> app.jira().requests().inRequest(() -> snapshots.of(postmortem.getKey())));

        assertEquals(true, editors.postmortem().editable());
        assertEquals(false, viewers.postmortem().editable());
    }

    @Test
    public void withoutJirasRequestCacheEveryPanelReadsItsOwnSnapshot() {
        RequestCacheFactory missing = new RequestCacheFactory() {
            @Override
            public <K, V> com.atlassian.jira.cache.request.RequestCache<K, V> createRequestCache(String name,
                    com.atlassian.cache.CacheLoader<K, V> loader) {
                throw new NoSuchMethodError("RequestCacheFactory.createRequestCache");
            }
        };
        RequestSnapshots snapshots = new RequestSnapshots(app.bean(PostmortemSnapshots.class), missing);

        int before = rule.ao().statementsExecuted();
        PostmortemSnapshot snapshot = app.as(EDITOR, () -> app.jira().requests().inRequest(() -> snapshots.of(postmortem.getKey())));

        assertEquals(postmortem.getKey(), snapshot.postmortem().key());
        assertEquals(dev.postmortems.jira.web.testing.PanelRendering.SNAPSHOT_STATEMENTS, rule.ao().statementsExecuted() - before);
    }
}
