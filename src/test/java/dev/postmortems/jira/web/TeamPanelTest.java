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
    public void thePanelReadsNoDatabaseAndTheSameJiraCallsForOneOrFiftyParticipants() throws Exception {
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
        assertEquals(List.of(1L, 1L), linkReads);
        assertEquals(List.of(0, 0), queries);
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
