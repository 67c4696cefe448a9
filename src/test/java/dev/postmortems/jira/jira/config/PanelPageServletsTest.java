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
 * The app's configuration and project settings pages as Jira serves them: each servlet built from the app's Spring
 * context as Jira builds a module's class, its two web panels rendered through the web interface manager with Jira's
 * escaping. The servlet request and response are the servlet container's, stood in for here.
 */
public class PanelPageServletsTest {
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

    @Test
    public void aProjectAdministratorGetsTheProjectsSettingsInTheProjectSettingsSidebar() throws Exception {
        app.jira().permissions().grant(app.user(EDITOR), "OPS", com.atlassian.jira.permission.ProjectPermissions.ADMINISTER_PROJECTS);
        app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.action.ActionDefaultsService.class)
                .save("OPS", "Task", "DEV", 30, "3"));

        Served page = get(ProjectSettingsServlet.class, EDITOR, "projectKey=OPS");

        assertEquals(0, page.error());
        Document html = Jsoup.parse(page.body());
        assertEquals("OPS", html.selectFirst("meta[name=projectKey]").attr("content"));
        assertEquals("atl.jira.proj.config/projectgroup4", html.selectFirst("meta[name=admin.active.section]").attr("content"));
        assertEquals("postmortems-project-settings", html.selectFirst("meta[name=admin.active.tab]").attr("content"));
        assertEquals("Task", html.selectFirst("select[name=issueType] option[selected]").val());
        assertEquals("DEV", html.selectFirst("select[name=targetProject] option[selected]").val());
        assertEquals("30", html.selectFirst("input[name=dueInDays]").val());
        assertEquals("Medium", html.selectFirst("select[name=priority] option[selected]").text());
        assertEquals(List.of("3", "5", "10"), List.of(html.selectFirst("input[name=highest]").val(),
                html.selectFirst("input[name=high]").val(), html.selectFirst("input[name=other]").val()));
        assertEquals("the page, not the issue type list, offers no sub-task", 0,
                html.select("select[name=issueType] option[value=Sub-task]").size());
    }

    @Test
    public void othersGet403AProjectNobodyMaySeeIs404AndTheAnonymousLogInAndComeBack() throws Exception {
        assertEquals(HttpServletResponse.SC_FORBIDDEN, get(ProjectSettingsServlet.class, EDITOR, "projectKey=OPS").error());
        assertEquals(HttpServletResponse.SC_NOT_FOUND, get(ProjectSettingsServlet.class, EDITOR, "projectKey=NOPE").error());
        assertEquals(HttpServletResponse.SC_NOT_FOUND, get(ProjectSettingsServlet.class, EDITOR, null).error());

        Served anonymous = get(ProjectSettingsServlet.class, ANONYMOUS, "projectKey=OPS");
        verify(anonymous.response()).sendRedirect(
                "/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fpostmortems%2Fproject-settings%3FprojectKey%3DOPS");
    }

    private record Served(HttpServletResponse response, StringWriter out, int error) {
        String body() {
            return out.toString();
        }
    }

    private Served get(String user) throws Exception {
        return get(ConfigurationServlet.class, user, null);
    }

    private Served get(Class<? extends PanelPageServlet> page, String user, String query) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getQueryString()).thenReturn(query);
        if (query != null) {
            when(request.getParameter(query.substring(0, query.indexOf('=')))).thenReturn(query.substring(query.indexOf('=') + 1));
        }
        when(request.getMethod()).thenReturn("GET");
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/postmortems/"
                + (page == ConfigurationServlet.class ? "configure" : "project-settings"));
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter out = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(out));
        int[] error = {0};
        org.mockito.Mockito.doAnswer(call -> {
            error[0] = call.getArgument(0);
            return null;
        }).when(response).sendError(org.mockito.ArgumentMatchers.anyInt());
        PanelPageServlet servlet = (PanelPageServlet) app.app().context().getAutowireCapableBeanFactory()
                .autowire(page, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
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
