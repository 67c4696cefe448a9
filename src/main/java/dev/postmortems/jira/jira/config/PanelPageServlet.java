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
import java.util.Map;
import java.util.Optional;

/**
 * A page of the app made of two of its web panels at a location of its own — the head (title, Jira's decorator) and
 * the body — rendered by Jira with the panels' escaping, so the servlet writes no text of its own. People not logged
 * in are sent to log in; a page says who else may not see it. Forms on the pages save through the app's REST
 * resources, which Jira protects against cross-site requests.
 */
abstract class PanelPageServlet extends HttpServlet {
    private final transient WhoIsAsking who;
    private final transient WebInterfaceManager webInterfaceManager;
    private final String location;

    PanelPageServlet(WhoIsAsking who, WebInterfaceManager webInterfaceManager, String location) {
        this.who = who;
        this.webInterfaceManager = webInterfaceManager;
        this.location = location;
    }

    /** The panels' context for this request, or the HTTP status that refuses it (403, 404). */
    abstract Refusable<Map<String, Object>> context(HttpServletRequest request);

    /** Either what the page shows, or why not. */
    record Refusable<T>(Optional<T> value, int status) {
        static <T> Refusable<T> of(T value) {
            return new Refusable<>(Optional.of(value), HttpServletResponse.SC_OK);
        }

        static <T> Refusable<T> refused(int status) {
            return new Refusable<>(Optional.empty(), status);
        }
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (who.username().isEmpty()) {
            String here = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                    + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        Refusable<Map<String, Object>> context = context(request);
        if (context.value().isEmpty()) {
            response.sendError(context.status());
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        Writer page = response.getWriter();
        page.write("<!DOCTYPE html><html><head>");
        page.write(panel("-head", context.value().get()));
        page.write("</head><body>");
        page.write(panel("-page", context.value().get()));
        page.write("</body></html>");
    }

    /** The panel at this page's location whose key ends so. */
    private String panel(String suffix, Map<String, Object> context) {
        return webInterfaceManager.getWebPanelDescriptors(location).stream()
                .filter(descriptor -> descriptor.getCompleteKey().endsWith(suffix)).findFirst()
                .map(WebPanelModuleDescriptor::getModule).map(module -> module.getHtml(context)).orElse("");
    }
}
