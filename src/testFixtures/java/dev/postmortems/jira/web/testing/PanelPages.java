package dev.postmortems.jira.web.testing;

import com.sun.net.httpserver.HttpExchange;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.jira.action.ActionsPanelContext;
import dev.postmortems.jira.jira.timeline.TimelinePanelContext;
import dev.postmortems.jira.jira.whys.WhysPanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer;
import dev.postmortems.jira.web.JiraVelocity;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Pages that show a panel as Jira would, on the same origin as the REST module: {@code /page/whys/OPS-2?as=editor}
 * logs the browser in as that user (a cookie) and renders the panel with its context provider and template;
 * {@code /web/…} serves the panels' scripts (their texts translated as Jira's {@code jsI18n} transformer does) and
 * styles from the app's resources.
 */
public final class PanelPages {
    private final PostmortemFixture app;
    private final JiraVelocity velocity = new JiraVelocity();

    /** The panels, by feature: their context provider; template and resources follow the feature's name. */
    private static final Map<String, Class<? extends ContextProvider>> PANELS = Map.of(
            "timeline", TimelinePanelContext.class,
            "whys", WhysPanelContext.class,
            "action", ActionsPanelContext.class,
            "team", dev.postmortems.jira.jira.team.TeamPanelContext.class,
            "review", dev.postmortems.jira.jira.review.ReviewPanelContext.class,
            "lessons", dev.postmortems.jira.jira.lessons.LessonsPanelContext.class,
            "readiness", dev.postmortems.jira.jira.readiness.ReadinessPanelContext.class,
            "recurrence", dev.postmortems.jira.jira.recurrence.RecurrencePanelContext.class);

    /** Not a panel: an issue's view with the Start postmortem operation. */
    public static final String OPERATION = "start-operation";

    public PanelPages(PostmortemFixture app) {
        this.app = app;
        app.rest().serve("/page/", this::panelPage);
        app.rest().serve("/web/", this::webResource);
    }

    public String url(String feature, DoubleIssue issue, String user) {
        return app.rest().baseUrl() + "/page/" + feature + "/" + issue.getKey() + "?as=" + user;
    }

    private void panelPage(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().substring("/page/".length()).split("/");
        String feature = path[0];
        String key = path[1];
        String user = query(exchange, "as");
        if (OPERATION.equals(feature)) {
            // Any issue's view: the Start postmortem operation as Jira renders the descriptor's web-item.
            feature = "team";
            String panel = "<a id=\"postmortem-start\" class=\"toolbar-trigger postmortem-start-trigger\" href=\"/jira/browse/" + key
                    + "?postmortemStart=" + key + "\">Start postmortem</a>";
            String html = page(key, List.of(feature), panel);
            exchange.getResponseHeaders().add("Set-Cookie", RestServer.USER_COOKIE + "=" + user + "; Path=/");
            send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
            return;
        }
        // One panel, or several on one page ("whys+action") as the issue view shows them together.
        List<String> features = List.of(feature.split("\\+"));
        StringBuilder panels = new StringBuilder();
        for (String panelFeature : features) {
            panels.append(app.as(user, () -> {
                DoubleIssue issue = (DoubleIssue) app.jira().issues().getIssueObject(key);
                ContextProvider provider = (ContextProvider) app.app().context().getAutowireCapableBeanFactory()
                        .autowire(PANELS.get(panelFeature), AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
                return velocity.render("templates/" + panelFeature + "/panel.vm", provider.getContextMap(Map.of("issue", issue)));
            }));
        }
        String html = page(key, features, panels.toString());
        exchange.getResponseHeaders().add("Set-Cookie", RestServer.USER_COOKIE + "=" + user + "; Path=/");
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static String page(String key, List<String> features, String panels) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<link rel=\"icon\" href=\"data:,\"><title>" + key + "</title>"
                + "<link rel=\"stylesheet\" href=\"/web/common/user-picker.css\">");
        features.forEach(feature -> html.append("<link rel=\"stylesheet\" href=\"/web/").append(feature).append('/')
                .append(feature).append(".css\">"));
        html.append("</head><body>").append(panels).append("<script src=\"/web/common/postmortems.js\"></script>")
                .append("<script src=\"/web/common/user-picker.js\"></script>");
        features.forEach(feature -> html.append("<script src=\"/web/").append(feature).append('/').append(feature)
                .append(".js\"></script>"));
        return html.append("</body></html>").toString();
    }

    private void webResource(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(1);
        if (path.contains("..")) {
            send(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                send(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            if (path.endsWith(".js")) {
                String script = new JsI18nTransformer(app.jira().service(I18nResolver.class))
                        .transform(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                send(exchange, 200, "text/javascript; charset=utf-8", script.getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = path.endsWith(".css") ? "text/css" : "application/octet-stream";
            send(exchange, 200, type + "; charset=utf-8", in.readAllBytes());
        }
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name) && parts.length == 2) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
