package dev.postmortems.jira.web;

import dev.postmortems.jira.service.Person;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.jira.team.TeamPanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The Team panel as Jira shows it, from the descriptor's context provider and template. */
public class TeamPanelTest {
    private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> \u202Eevil 🚒";

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final JiraVelocity velocity = new JiraVelocity();
    private PostmortemFixture app;

    @Before
    public void start() {
        app = rule.fixture();
    }

    @Test
    public void hostileDisplayNamesAndSummariesAppearAsTextAndNothingInThemRuns() throws Exception {
        DoubleUser facilitator = person("u-hostile-1", "mallory", "Mallory " + HOSTILE);
        DoubleUser participant = person("u-hostile-2", "trudy\"><b>", "Trudy " + HOSTILE);
        DoubleIssue incident = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Outage " + HOSTILE);
        DoubleIssue postmortem = app.postmortem().assign(facilitator);
        link(postmortem, incident);
        app.jira().watchers().startWatching(participant, postmortem);

        Document page = render(EDITOR, postmortem);

        assertEquals("Mallory " + HOSTILE, page.selectFirst(".postmortem-team-facilitator").wholeText());
        Element item = page.selectFirst(".postmortem-team-participants li");
        assertEquals("Trudy " + HOSTILE, item.wholeText());
        assertEquals("trudy\"><b>", item.attr("data-username"));
        assertEquals("Outage " + HOSTILE, page.selectFirst(".postmortem-team-summary").wholeText());
        assertEquals("/jira/browse/" + incident.getKey(), page.selectFirst(".postmortem-team-incidents a").attr("href"));
        assertTrue(page.select("script, img, b").isEmpty());
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> assertFalse(attribute.getKey(), attribute.getKey().startsWith("on")));
        }
    }

    @Test
    public void editorsMayEditTheParticipantsAndReadersOnlySeeThem() {
        app.jira().watchers().startWatching(app.user(VIEWER), app.postmortem());

        Document editor = render(EDITOR, app.postmortem());
        Document reader = render(VIEWER, app.postmortem());

        assertEquals(1, editor.select("[data-action=edit-participants]").size());
        assertTrue(reader.select("button, form").isEmpty());
        assertEquals(List.of("Vic Viewer"), reader.select(".postmortem-team-participants li").eachText());
        assertTrue(reader.selectFirst(".postmortem-team-nobody").hasAttr("hidden"));
        assertEquals("Nobody yet", reader.selectFirst(".postmortem-team-facilitator").text());
    }

    @Test
    public void anIncidentTheReaderMayNotSeeIsShownWithoutItsKeyOrSummary() throws Exception {
        DoubleIssue secret = app.jira().issues().create("LOCKED", app.jira().issueTypes().byName("Bug"), "Payroll leak");
        link(app.postmortem(), secret);

        Document page = render(VIEWER, app.postmortem());

        assertEquals("Restricted issue", page.selectFirst(".postmortem-team-restricted").text());
        assertFalse(page.html().contains(secret.getKey()));
        assertFalse(page.html().contains("Payroll"));
    }

    @Test
    public void thePanelReadsTheSameForOneOrFiftyParticipants() throws Exception {
        List<Long> linkReads = new ArrayList<>();
        List<Integer> queries = new ArrayList<>();
        for (int size : new int[] {1, 50}) {
            DoubleIssue postmortem = app.newPostmortem("size " + size);
            link(postmortem, app.incident());
            for (int i = 0; i < size; i++) {
                app.jira().watchers().startWatching(person("u-p" + size + "-" + i, "p" + size + "-" + i, "Person " + i), postmortem);
            }
            long linksBefore = app.jira().links().reads();
            int before = rule.ao().statementsExecuted();
            Document page = render(EDITOR, postmortem);
            linkReads.add(app.jira().links().reads() - linksBefore);
            queries.add(rule.ao().statementsExecuted() - before);
            assertEquals(size, page.select(".postmortem-team-participants li").size());
        }
        // The incidents' links, and the snapshot's read of the postmortem's action links: the same at any size.
        assertEquals(List.of(2L, 2L), linkReads);
        // The meeting comes from the postmortem's snapshot, which the page's other panels share: alone, the panel reads it.
        assertEquals(List.of(dev.postmortems.jira.web.testing.PanelRendering.SNAPSHOT_STATEMENTS,
                dev.postmortems.jira.web.testing.PanelRendering.SNAPSHOT_STATEMENTS), queries);
    }

    @Test
    public void theMeetingShowsInTheReadersZoneWithItsInvitationAndHostileTextStaysText() {
        assertEquals("No meeting scheduled yet.", render(EDITOR, app.postmortem()).selectFirst(".postmortem-meeting-none").text());
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(2);
        app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.team.MeetingService.class).schedule(app.postmortem().getKey(),
                new dev.postmortems.jira.domain.team.MeetingInput(day.toString(), "14:30", 45,
                        dev.postmortems.jira.web.testing.PanelRendering.HOSTILE, null)));

        Document editor = render(EDITOR, app.postmortem());
        assertEquals(dev.postmortems.jira.web.testing.PanelRendering.HOSTILE.strip(),
                editor.selectFirst(".postmortem-meeting-place").wholeText().strip());
        dev.postmortems.jira.web.testing.PanelRendering.assertInert(editor);
        assertTrue(editor.selectFirst(".postmortem-meeting-when").text().endsWith("\u00b7 45 min"));
        assertTrue(editor.selectFirst(".postmortem-meeting-invitation").attr("href")
                .endsWith("/rest/postmortems/1.0/postmortems/" + app.postmortem().getKey() + "/meeting/invitation.ics"));
        assertEquals("14:30", editor.selectFirst("#postmortem-meeting-time").attr("value"));
        assertEquals("Change the meeting", editor.selectFirst("[data-action=edit-meeting]").text());

        Document viewer = render(VIEWER, app.postmortem());
        assertTrue("no form for a reader", viewer.select("#postmortem-meeting-form").isEmpty());
        assertTrue(viewer.select("[data-action=edit-meeting]").isEmpty());
        assertEquals(1, viewer.select(".postmortem-meeting-invitation").size());
    }

    private DoubleUser person(String key, String username, String displayName) {
        DoubleUser user = new DoubleUser(key, username, displayName, ZoneId.of("UTC"));
        app.jira().users().add(user);
        app.jira().permissions().grant(user, "OPS", ProjectPermissions.BROWSE_PROJECTS);
        return user;
    }

    private void link(DoubleIssue postmortem, DoubleIssue incident) throws Exception {
        long type = app.bean(InstalledTypes.class).linkTypeId(AppLinkType.POSTMORTEM).orElseThrow();
        app.jira().service(IssueLinkManager.class).createIssueLink(postmortem.getId(), incident.getId(), type, 1L, app.user(EDITOR));
    }

    private Document render(String user, DoubleIssue issue) {
        return Jsoup.parseBodyFragment(app.as(user, () -> velocity.render("templates/team/panel.vm",
                ((TeamPanelContext) app.app().context().getAutowireCapableBeanFactory().autowire(TeamPanelContext.class,
                        AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false)).getContextMap(Map.of("issue", issue)))));
    }
}
