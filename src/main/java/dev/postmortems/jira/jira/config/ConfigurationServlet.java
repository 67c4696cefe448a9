package dev.postmortems.jira.jira.config;

import com.atlassian.plugin.web.WebInterfaceManager;
import com.atlassian.plugin.web.descriptors.WebPanelModuleDescriptor;
import dev.postmortems.jira.service.WhoIsAsking;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The app's configuration page, where Manage apps → Configure leads ({@code configure.url}): for Jira administrators
 * only; others are sent to log in, or refused. The page is two of the app's web panels, rendered by Jira with the
 * panels' escaping — its head (title and Jira's admin decorator) and its body — so no text is written here. The
 * forms save through the app's REST resources, which Jira protects against cross-site requests.
 */
public final class ConfigurationServlet extends HttpServlet {
    static final String HEAD = "dev.postmortems.jira:configuration-head";
    static final String BODY = "dev.postmortems.jira:configuration-page";

    private final transient WhoIsAsking who;
    private final transient WebInterfaceManager webInterfaceManager;

    public ConfigurationServlet(WhoIsAsking who, WebInterfaceManager webInterfaceManager) {
        this.who = who;
        this.webInterfaceManager = webInterfaceManager;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (who.username().isEmpty()) {
            String here = request.getRequestURI().substring(request.getContextPath().length());
            response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                    + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        if (!who.isAdmin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Map<String, Object> context = new HashMap<>();
        response.setContentType("text/html;charset=UTF-8");
        Writer page = response.getWriter();
        page.write("<!DOCTYPE html><html><head>");
        page.write(panel(HEAD, context));
        page.write("</head><body>");
        page.write(panel(BODY, context));
        page.write("</body></html>");
    }

    private String panel(String completeKey, Map<String, Object> context) {
        return webInterfaceManager.getWebPanelDescriptors(ConfigurationCondition.LOCATION).stream()
                .filter(descriptor -> completeKey.equals(descriptor.getCompleteKey())).findFirst()
                .map(WebPanelModuleDescriptor::getModule).map(module -> module.getHtml(context)).orElse("");
    }
}
