package dev.postmortems.jira.web;

import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.domain.team.PostmortemDeadlines;
import dev.postmortems.jira.domain.team.PostmortemPolicy;
import dev.postmortems.jira.jiradouble.DoubleDateTimeFormatters;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.PluginDescriptor;
import dev.postmortems.jira.jiradouble.WebFragments;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.team.IncidentNeeds;
import dev.postmortems.jira.service.team.PolicySettings;
import dev.postmortems.jira.web.testing.PanelRendering;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The notice on an incident that needs a postmortem, rendered by Jira's web panels with the real Velocity templates. */
public class IncidentNoticeTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private WebFragments issueView;
    private DoubleIssue incident;

    @Before
    public void start() {
        app = rule.fixture();
        issueView = new WebFragments(PluginDescriptor.read(), app.app().context(), app.jira());
        app.jira().permissions().grant(app.user(EDITOR), "OPS", ProjectPermissions.ASSIGNABLE_USER);
        incident = app.incident().prioritise("1");
        app.bean(PolicySettings.class).save("OPS", new PostmortemPolicy(Set.of("Bug"), Set.of("Highest")));
    }

    @Test
    public void anIncidentThePolicyAsksForSaysByWhenWithStartAndWaiveForThoseWhoMayUseThem() {
        Document page = notice(EDITOR, incident);

        LocalDate due = PostmortemDeadlines.addWorkingDays(LocalDate.now(ZoneOffset.UTC), 3); // Highest, still open
        assertEquals("This incident needs a postmortem \u2014 due in " + java.time.temporal.ChronoUnit.DAYS.between(
                LocalDate.now(ZoneOffset.UTC), due) + " days (" + DoubleDateTimeFormatters.shown(due) + ")",
                page.selectFirst(".postmortem-notice-headline").text());
        assertTrue(page.selectFirst(".postmortem-notice").hasClass("aui-message-warning"));
        assertEquals("OPS-1", page.selectFirst(".postmortem-start-trigger").attr("data-issue-key"));
        assertNotNull(page.selectFirst("[data-action=waive]"));
        assertNotNull(page.selectFirst("form.postmortem-waiver-form[hidden] textarea[name=reason][maxlength=2000]"));

        Document read = notice(VIEWER, incident);
        assertNotNull("readers are told too", read.selectFirst(".postmortem-notice-headline"));
        assertNull("but may not waive", read.selectFirst("[data-action=waive]"));
        assertNull("nor start one", read.selectFirst(".postmortem-start-trigger"));
    }

    @Test
    public void aWaiverIsShownWithWhoAndWhyAndHostileTextStaysText() {
        app.as(EDITOR, () -> app.bean(IncidentNeeds.class).waive("OPS-1", PanelRendering.HOSTILE));

        Document page = notice(EDITOR, incident);

        assertTrue(page.selectFirst(".postmortem-notice-headline").text().startsWith("No postmortem: waived by "));
        assertTrue(page.selectFirst(".postmortem-notice").hasClass("aui-message-info"));
        assertEquals(PanelRendering.HOSTILE.strip(), page.selectFirst(".postmortem-notice-reason").wholeText().strip());
        PanelRendering.assertInert(page);
        assertNotNull(page.selectFirst("[data-action=withdraw]"));
        assertNull(page.selectFirst(".postmortem-start-trigger"));
    }

    @Test
    public void otherIssuesCostNoQueryAndAStartedPostmortemEndsTheNotice() {
        DoubleIssue minor = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Typo").prioritise("3");
        int before = rule.ao().statementsExecuted();
        assertFalse(keys(minor).contains("incident-notice"));
        assertEquals("deciding reads none of the app's tables", before, rule.ao().statementsExecuted());
        assertFalse(keys(app.postmortem()).contains("incident-notice"));

        assertTrue(keys(incident).contains("incident-notice"));
        app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.team.StartService.class).start(
                new dev.postmortems.jira.domain.team.StartInput("req-start-0001", "OPS-1", "OPS", "Postmortem: Checkout down",
                        EDITOR, List.of(), false, false)));
        assertNull(notice(EDITOR, incident).selectFirst(".postmortem-notice"));
        assertEquals(Optional.empty(), app.as(EDITOR, () -> app.bean(IncidentNeeds.class).notice("OPS-1")));
    }

    private List<String> keys(DoubleIssue issue) {
        return app.as(VIEWER, () -> issueView.panels(issue)).stream().map(WebFragments.RenderedPanel::key).toList();
    }

    private Document notice(String user, DoubleIssue issue) {
        String html = app.as(user, () -> issueView.panels(issue)).stream().filter(panel -> panel.key().equals("incident-notice"))
                .map(WebFragments.RenderedPanel::bodyHtml).findFirst().orElse("");
        return Jsoup.parseBodyFragment(html);
    }
}
