package dev.postmortems.jira.web;

import dev.postmortems.jira.jiradouble.DoubleDateTimeFormatters;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.jiradouble.PluginDescriptor;
import dev.postmortems.jira.jiradouble.WebFragments;
import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import dev.postmortems.jira.web.testing.FullPostmortem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** One page, one way of writing dates: every date the issue view shows is written as the reader's Jira writes them. */
public class DatesOnOnePageTest {
    /** An ISO date, or a date in the JDK's own medium style ("Dec 4, 2026"): neither is how Jira writes dates. */
    private static final Pattern FOREIGN_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b[A-Z][a-z]{2} \\d{1,2}, \\d{4}\\b");

    /** What a panel shows, without its forms: their hints give examples of what may be typed, ISO dates included. */
    private static String shown(String html) {
        Document panel = Jsoup.parse(html);
        panel.select("form").remove();
        return panel.text();
    }

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    @Test
    public void everyDateOnTheIssueViewIsWrittenAsTheReadersJiraWritesDates() {
        PostmortemFixture app = rule.fixture();
        DoubleIssue postmortem = FullPostmortem.of(app, 2, 1, 0);
        app.as(EDITOR, () -> app.bean(ActionService.class).add(postmortem.getKey(), List.of(new ActionInput(null,
                "Load-test checkout", "corrective", PostmortemFixture.OWNER, "", "2026-12-04", "", "", null))));
        WebFragments issueView = new WebFragments(PluginDescriptor.read(), app.app().context(), app.jira());

        String page = app.as(EDITOR, () -> issueView.panels(postmortem)).stream()
                .map(panel -> shown(panel.bodyHtml())).collect(Collectors.joining("\n"));

        Matcher foreign = FOREIGN_DATE.matcher(page);
        assertEquals(List.of(), foreign.results().map(found -> page.substring(Math.max(0, found.start() - 60),
                Math.min(page.length(), found.end() + 20))).toList());
        var snapshot = app.as(EDITOR, () -> app.bean(PostmortemSnapshots.class).of(postmortem.getKey()));
        LocalDate reviewDue = snapshot.reviewTickets().get(0).dueDate().orElseThrow();
        assertTrue(page, page.contains("04/Dec/26"));
        assertTrue(page, page.contains("Due " + DoubleDateTimeFormatters.shown(reviewDue)));
        assertTrue(page, page.contains("20/Nov/26 11:00 AM")); // the first timeline entry (10:00 UTC), for an editor in Berlin
    }
}
