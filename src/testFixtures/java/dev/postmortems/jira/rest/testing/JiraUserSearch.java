package dev.postmortems.jira.rest.testing;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.jiradouble.JiraDouble;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Jira's own user search, as the app's user pickers call it, answered from the Jira double in Jira's JSON shape:
 * {@code /rest/api/2/user/assignable/search?project=KEY&username=Q} (users who may be assigned issues in the
 * project) and {@code /rest/api/2/user/viewissue/search?issueKey=KEY|projectKey=KEY&username=Q} (users who may
 * browse it). As in Jira, a query matches the start of the username, of the display name or of a word in it, the
 * caller must be logged in (401), and an unknown project or issue is a 404. Avatars are served at
 * {@code /secure/useravatar}.
 */
final class JiraUserSearch {
    private static final int DEFAULT_MAX_RESULTS = 50;
    private static final String AVATAR = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\">"
            + "<circle cx=\"24\" cy=\"24\" r=\"24\" fill=\"#dfe1e6\"/><circle cx=\"24\" cy=\"19\" r=\"9\" fill=\"#6b778c\"/>"
            + "<path d=\"M8 42c3-9 10-13 16-13s13 4 16 13\" fill=\"#6b778c\"/></svg>";

    private final JiraDouble jira;
    private final Function<String, DoubleUser> users;
    private final String contextPath;
    private final ObjectMapper json = new ObjectMapper();

    JiraUserSearch(JiraDouble jira, Function<String, DoubleUser> users, String contextPath) {
        this.jira = jira;
        this.users = users;
        this.contextPath = contextPath;
    }

    void serveOn(RestServer server) {
        server.serve(contextPath + "/rest/api/2/user/", this::search);
        server.serve(contextPath + "/secure/useravatar", exchange ->
                send(exchange, 200, "image/svg+xml", AVATAR.getBytes(StandardCharsets.UTF_8)));
    }

    private void search(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring((contextPath + "/rest/api/2/user/").length());
        Map<String, String> query = query(exchange);
        Optional<DoubleUser> caller = caller(exchange);
        if (caller.isEmpty()) {
            sendJson(exchange, 401, Map.of("errorMessages", List.of("You are not authenticated."), "errors", Map.of()));
            return;
        }
        Optional<Project> project;
        ProjectPermissionKey permission;
        if (path.equals("search")) {
            // Jira's plain user search: every active user whose name starts so, for someone who may browse users.
            sendJson(exchange, 200, found(exchange, query, user -> true));
            return;
        }
        switch (path) {
            case "assignable/search" -> {
                project = project(query.get("project"), query.get("issueKey"));
                permission = ProjectPermissions.ASSIGNABLE_USER;
            }
            case "viewissue/search" -> {
                project = project(query.get("projectKey"), query.get("issueKey"));
                permission = ProjectPermissions.BROWSE_PROJECTS;
            }
            default -> {
                sendJson(exchange, 404, Map.of("errorMessages", List.of("Not found."), "errors", Map.of()));
                return;
            }
        }
        if (project.isEmpty()) {
            sendJson(exchange, 404, Map.of("errorMessages", List.of("No project could be found."), "errors", Map.of()));
            return;
        }
        Project where = project.get();
        sendJson(exchange, 200, found(exchange, query, user -> jira.permissions().hasPermission(permission, where, user)));
    }

    private List<Map<String, Object>> found(HttpExchange exchange, Map<String, String> query,
                                            java.util.function.Predicate<DoubleUser> may) {
        String username = query.getOrDefault("username", "").strip().toLowerCase(Locale.ROOT);
        int maxResults = query.containsKey("maxResults") ? Integer.parseInt(query.get("maxResults")) : DEFAULT_MAX_RESULTS;
        return jira.users().all().stream().filter(user -> matches(user, username)).filter(may)
                .limit(maxResults).map(user -> bean(exchange, user)).toList();
    }

    private static boolean matches(DoubleUser user, String query) {
        if (query.isEmpty() || user.username().toLowerCase(Locale.ROOT).startsWith(query)) {
            return true;
        }
        for (String word : user.displayName().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.startsWith(query)) {
                return true;
            }
        }
        return user.displayName().toLowerCase(Locale.ROOT).startsWith(query);
    }

    /** A user as Jira's REST API gives one. */
    private Map<String, Object> bean(HttpExchange exchange, DoubleUser user) {
        String base = "http://" + exchange.getRequestHeaders().getFirst("Host") + contextPath;
        Map<String, String> avatars = new LinkedHashMap<>();
        Map.of("48x48", "", "24x24", "small", "16x16", "xsmall", "32x32", "medium").forEach((size, name) ->
                avatars.put(size, base + "/secure/useravatar?" + (name.isEmpty() ? "" : "size=" + name + "&") + "ownerId="
                        + user.username()));
        Map<String, Object> bean = new LinkedHashMap<>();
        bean.put("self", base + "/rest/api/2/user?username=" + user.username());
        bean.put("key", user.key());
        bean.put("name", user.username());
        bean.put("emailAddress", user.username() + "@example.com");
        bean.put("avatarUrls", avatars);
        bean.put("displayName", user.displayName());
        bean.put("active", true);
        bean.put("timeZone", user.timeZone().getId());
        bean.put("locale", "en_UK");
        return bean;
    }

    private Optional<Project> project(String projectKey, String issueKey) {
        if (projectKey != null) {
            return Optional.ofNullable(jira.projects().getProjectByCurrentKey(projectKey));
        }
        if (issueKey != null) {
            return Optional.ofNullable((Issue) jira.issues().getIssueObject(issueKey)).map(Issue::getProjectObject);
        }
        return Optional.empty();
    }

    private Optional<DoubleUser> caller(HttpExchange exchange) {
        String cookies = exchange.getRequestHeaders().getFirst("Cookie");
        for (String cookie : cookies == null ? new String[0] : cookies.split(";\\s*")) {
            String[] parts = cookie.split("=", 2);
            if (parts.length == 2 && parts[0].equals(RestServer.USER_COOKIE)) {
                return Optional.ofNullable(users.apply(parts[1]));
            }
        }
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(RestServer.USER_HEADER)).map(users);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json;charset=UTF-8", json.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
