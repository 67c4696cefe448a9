package dev.postmortems.jira.web.testing;

import com.atlassian.plugin.web.ContextProvider;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.web.JiraVelocity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.util.Map;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** A panel rendered as Jira renders it — its context provider built from the app's beans, its template escaped — as a page to read. */
public final class PanelRendering {
    /** Text that would run, break out of an attribute, reverse the line or smuggle Velocity, were it not escaped. */
    public static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> \u202Eevil 🚒 #set($x = 1)";

    /**
     * What a panel that projects the postmortem's snapshot reads when rendered alone: one statement per table
     * (timeline, why-chains, their steps, actions, lessons, reviews, verdicts, meeting, the site's cause categories). Rendered
     * together, in one request, the panels read it once between them.
     */
    public static final int SNAPSHOT_STATEMENTS = 9;

    private final JiraVelocity velocity = new JiraVelocity();

    public Document render(PostmortemFixture app, Class<? extends ContextProvider> provider, String template, String user,
                           DoubleIssue issue) {
        return Jsoup.parseBodyFragment(app.as(user, () -> velocity.render(template,
                ((ContextProvider) app.app().context().getAutowireCapableBeanFactory().autowire(provider,
                        AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false)).getContextMap(Map.of("issue", issue)))));
    }

    /** Nothing in the page can run: no script or image element, no event-handler attribute. */
    public static void assertInert(Document page) {
        assertTrue(page.select("script, img").isEmpty());
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> assertFalse(attribute.getKey(), attribute.getKey().startsWith("on")));
        }
    }
}
