package dev.postmortems.jira.jira.config;

import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.blameless.BlamelessService;
import dev.postmortems.jira.web.testing.PanelRendering;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ADMIN;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The configuration page as Jira serves it: the servlet built from the app's Spring context as Jira builds a module's
 * class, its two web panels rendered through the web interface manager with Jira's escaping. The servlet request and
 * response are the servlet container's, stood in for here.
 */
public class ConfigurationServletTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;

    @Before
    public void start() {
        app = rule.fixture();
    }

    @Test
    public void aJiraAdministratorGetsThePageInJirasAdminDecoratorWithTheSettings() throws Exception {
        app.as(ADMIN, () -> {
            app.bean(BlamelessService.class).saveExtraPhrases(List.of("cowboy change", PanelRendering.HOSTILE));
            return null;
        });

        Served page = get(ADMIN);

        assertEquals(0, page.error());
        Document html = Jsoup.parse(page.body());
        assertEquals("Postmortems for Jira configuration", html.title());
        assertEquals("atl.admin", html.selectFirst("meta[name=decorator]").attr("content"));
        assertEquals("24", html.selectFirst("input[name=intervalHours]").val());
        assertEquals("0", html.selectFirst("input[name=daysBeforeDue]").val());
        assertEquals("cowboy change\n" + PanelRendering.HOSTILE, html.selectFirst("textarea[name=extra]").wholeText());
        assertNotNull(html.selectFirst("details.postmortem-config-built-in li"));
        PanelRendering.assertInert(Jsoup.parseBodyFragment(html.body().html()));
    }

    @Test
    public void othersAreRefusedAndTheAnonymousAreSentToLogIn() throws Exception {
        assertEquals(HttpServletResponse.SC_FORBIDDEN, get(EDITOR).error());
        assertEquals("", get(EDITOR).body());

        Served anonymous = get(ANONYMOUS);
        verify(anonymous.response()).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fpostmortems%2Fconfigure");
        verify(anonymous.response(), never()).getWriter();
    }

    private record Served(HttpServletResponse response, StringWriter out, int error) {
        String body() {
            return out.toString();
        }
    }

    private Served get(String user) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn("GET");
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/postmortems/configure");
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter out = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(out));
        int[] error = {0};
        org.mockito.Mockito.doAnswer(call -> {
            error[0] = call.getArgument(0);
            return null;
        }).when(response).sendError(org.mockito.ArgumentMatchers.anyInt());
        ConfigurationServlet servlet = (ConfigurationServlet) app.app().context().getAutowireCapableBeanFactory()
                .autowire(ConfigurationServlet.class, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
        java.util.function.Supplier<Void> serve = () -> {
            try {
                servlet.service(request, response); // as the servlet container calls it
            } catch (jakarta.servlet.ServletException | java.io.IOException e) {
                throw new AssertionError(e);
            }
            return null;
        };
        if (user == null) {
            serve.get(); // nobody logged in
        } else {
            app.as(user, serve);
        }
        return new Served(response, out, error[0]);
    }
}
