package dev.postmortems.jira.rest.panel;

import dev.postmortems.jira.domain.timeline.TimelineInput;
import dev.postmortems.jira.jiradouble.PluginDescriptor;
import dev.postmortems.jira.jiradouble.WebFragments;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.web.testing.PanelRendering;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** A panel rendered again over REST is the very panel the issue view renders: one template, one renderer. */
public class PanelResourceTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private String key;

    @Before
    public void start() {
        app = rule.fixture();
        key = app.postmortem().getKey();
        app.as(EDITOR, () -> app.bean(TimelineService.class).add(key,
                new TimelineInput("2026-11-20T10:12:00Z", PanelRendering.HOSTILE, "detected"), null));
    }

    @Test
    public void everyPanelComesBackExactlyAsTheIssueViewRendersItForTheSamePerson() throws Exception {
        WebFragments issueView = new WebFragments(PluginDescriptor.read(), app.app().context(), app.jira());
        List<WebFragments.RenderedPanel> page = app.as(EDITOR, () -> issueView.panels(app.postmortem()));
        for (String panel : List.of("team", "timeline", "whys", "action", "lessons", "readiness", "review")) {
            RestServer.Reply reply = app.rest().getHtml(EDITOR, "/postmortems/" + key + "/panels/" + panel);
            assertEquals(panel, 200, reply.status());
            assertTrue(panel, reply.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            String onThePage = page.stream().filter(rendered -> rendered.key().equals(panel + "-panel")).findFirst()
                    .orElseThrow().bodyHtml();
            assertEquals(panel, onThePage, reply.body());
        }
    }

    @Test
    public void hostileTextStaysEscapedInTheRenderedPanel() throws Exception {
        String html = app.rest().getHtml(VIEWER, "/postmortems/" + key + "/panels/timeline").body();

        assertFalse(html.contains("<script>alert(1)"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    public void whoMayNotBrowseAndWhatIsNotAPanelOfAPostmortemAreNotFound() throws Exception {
        for (String user : java.util.Arrays.asList(OUTSIDER, ANONYMOUS)) {
            assertEquals(user, 404, app.rest().getHtml(user, "/postmortems/" + key + "/panels/timeline").status());
        }
        assertEquals(404, app.rest().getHtml(VIEWER, "/postmortems/" + key + "/panels/recurrence-notice").status());
        assertEquals(404, app.rest().getHtml(VIEWER, "/postmortems/" + app.incident().getKey() + "/panels/timeline").status());
    }
}
