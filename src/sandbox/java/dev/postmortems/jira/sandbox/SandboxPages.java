package dev.postmortems.jira.sandbox;

import dev.postmortems.jira.jiradouble.PluginDescriptor;
import dev.postmortems.jira.jiradouble.WebFragments;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.jira.team.PolicyScanJob;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.jiradouble.JiraDouble;
import dev.postmortems.jira.rest.testing.RestServer;
import dev.postmortems.jira.web.JiraVelocity;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpCookie;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sandbox's pages beside the app's REST module: an issue view with the app's panels and operations, a search
 * page and Jira's search REST resource for the app's JQL functions, the scripts and styles (the app's and AUI's),
 * and the sandbox's own controls — who you are, the clock, the reminders job and the policy scan, resolving an issue.
 */
final class SandboxPages {
    private static final String CONTEXT = Sandbox.CONTEXT_PATH;
    private static final String RESOURCES = CONTEXT + "/s/";
    /** What {@code npm install} puts in the project: AUI from {@code @atlassian/aui}, and jQuery, which AUI needs. */
    private static final Map<String, Path> VENDOR = Map.of(
            "aui/", Path.of("node_modules", "@atlassian", "aui", "dist", "aui"),
            "jquery/", Path.of("node_modules", "jquery", "dist"));
    private static final DateTimeFormatter NOW = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
    private static final String ANONYMOUS = "anonymous";
    private static final List<String> EXAMPLES = List.of("issue in overduePostmortemReviews()",
            "issue in overduePostmortemActions()", "issue in postmortemActions(\"OPS-2\", \"corrective\")",
            "issue in postmortemsWithOpenActions()", "issue in incidentsWithoutPostmortem()",
            "project = OPS AND labels = postmortem-action AND resolution = EMPTY AND duedate < now()");
    static final String REMINDER_JOB = "dev.postmortems.jira.overdue-reminders";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SandboxPages.class);

    private final Sandbox sandbox;
    private final JiraDouble jira;
    private final WebFragments fragments;
    private final JqlSearch search;
    private final SandboxWorkflow workflow;
    private final JiraVelocity velocity = new JiraVelocity();
    private final ObjectMapper json = new ObjectMapper();
    private final PluginDescriptor descriptor;

    SandboxPages(Sandbox sandbox, PluginDescriptor descriptor) {
        this.sandbox = sandbox;
        this.descriptor = descriptor;
        this.jira = sandbox.jira();
        this.fragments = new WebFragments(descriptor, sandbox.app().context(), jira);
        jira.webInterface().serve(fragments); // the panels' scripts ask for a panel rendered again after a change
        Map<String, JqlFunction> functions = new TreeMap<>();
        AutowireCapableBeanFactory beans = sandbox.app().context().getAutowireCapableBeanFactory();
        for (PluginDescriptor.JqlFunctionModule module : descriptor.jqlFunctions()) {
            try {
                JqlFunction function = (JqlFunction) beans.autowire(Class.forName(module.className()),
                        AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
                function.init(null);
                functions.put(module.functionName(), function);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The descriptor names a JQL function the app does not have: " + module.className(), e);
            }
        }
        this.search = new JqlSearch(jira, functions, sandbox.clock());
        this.workflow = new SandboxWorkflow(sandbox.app().context(), descriptor);
    }

    void serveOn(RestServer server) {
        server.serve(CONTEXT + "/browse/", exchange -> page(exchange, this::issuePage));
        server.serve(CONTEXT + "/issues/", exchange -> page(exchange, this::searchPage));
        server.serve(CONTEXT + "/secure/Dashboard.jspa", exchange -> page(exchange, this::dashboardPage));
        server.serve(CONTEXT + "/plugins/servlet/postmortems/configure", exchange -> page(exchange, this::configurationPage));
        server.serve(CONTEXT + "/plugins/servlet/postmortems/project-settings", exchange -> page(exchange, this::projectSettingsPage));
        server.serve(CONTEXT + "/rest/api/2/search", exchange -> page(exchange, this::searchResource));
        server.serve(RESOURCES, exchange -> page(exchange, this::resource));
        server.serve(CONTEXT + "/sandbox/", exchange -> page(exchange, this::control));
        server.serve(CONTEXT, exchange -> page(exchange, request -> request.redirect(CONTEXT + "/issues/?jql="
                + encode("project = " + DemoPeople.PROJECT))));
    }

    // ----- Pages

    private void issuePage(Request request) throws IOException {
        String key = request.path().substring((CONTEXT + "/browse/").length());
        DoubleIssue issue = (DoubleIssue) jira.issues().getIssueObject(key);
        Map<String, Object> page = chrome(request, key);
        if (issue == null || !canBrowse(issue, request.user())) {
            page.put("missing", key);
            request.html(404, velocity.render("sandbox/missing.vm", Map.of("sandbox", page)));
            return;
        }
        renderIssue(request, issue, List.of(), 200);
    }

    /** The issue view; {@code refusals} are what the workflow said when a transition was refused. */
    private void renderIssue(Request request, DoubleIssue issue, List<String> refusals, int status) throws IOException {
        Map<String, Object> page = chrome(request, issue.getKey());
        page.put("back", CONTEXT + "/browse/" + issue.getKey());
        jira.pageBuilder().drain();
        List<WebFragments.RenderedPanel> panels = fragments.panels(issue);
        WebFragments.Resources resources = fragments.resources(jira.pageBuilder().drain(), RESOURCES);
        page.put("styles", resources.styles());
        page.put("scripts", resources.scripts());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("sandbox", page);
        context.put("issue", issueFields(issue));
        context.put("links", links(issue, request.user()));
        context.put("comments", jira.comments().on(issue).stream().map(comment -> Map.of(
                "author", displayName(comment.author()), "body", comment.body())).toList());
        context.put("operations", fragments.operations(issue, CONTEXT));
        context.put("leftPanels", panels.stream().filter(panel -> WebFragments.LEFT.equals(panel.location())).toList());
        context.put("rightPanels", panels.stream().filter(panel -> WebFragments.RIGHT.equals(panel.location())).toList());
        context.put("canTransition", jira.permissions().hasPermission(ProjectPermissions.EDIT_ISSUES, issue, request.user()));
        context.put("refusals", refusals);
        request.html(status, velocity.render("sandbox/issue.vm", context));
    }

    private void searchPage(Request request) throws IOException {
        String jql = request.query("jql").orElse("project = " + DemoPeople.PROJECT);
        Map<String, Object> page = chrome(request, "Search");
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try {
            search.search(jql, request.user()).forEach(issue -> rows.add(issueFields(issue)));
        } catch (JqlSearch.JqlProblem problem) {
            errors.addAll(problem.messages());
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("sandbox", page);
        context.put("jql", jql);
        context.put("rows", rows);
        context.put("errors", errors);
        context.put("supported", JqlSearch.SUPPORTED);
        context.put("examples", EXAMPLES.stream().map(example -> Map.of("jql", example,
                "href", CONTEXT + "/issues/?jql=" + encode(example))).toList());
        request.html(errors.isEmpty() ? 200 : 400, velocity.render("sandbox/search.vm", context));
    }

    /**
     * The app's configuration page, where Manage apps → Configure leads: the same two web panels the app's servlet
     * serves in Jira, in the sandbox's page instead of Jira's admin decorator. Jira administrators only, as there.
     */
    private void configurationPage(Request request) throws IOException {
        boolean admin = request.user() != null && sandbox.app().context().getBean(dev.postmortems.jira.service.WhoIsAsking.class).isAdmin();
        panelPage(request, "Postmortems for Jira configuration", admin, dev.postmortems.jira.jira.config.ConfigurationCondition.LOCATION,
                new LinkedHashMap<>());
    }

    /**
     * A dashboard with every dashboard item of the app, each showing the demo history's project until someone edits it:
     * the items' web resources (context {@code atl.dashboard}) after a stand-in for Jira's dashboard-item host.
     */
    private void dashboardPage(Request request) throws IOException {
        Map<String, Object> page = chrome(request, "Dashboard");
        WebFragments.Resources resources = fragments.resources("atl.dashboard", List.of(), RESOURCES);
        List<String> scripts = new ArrayList<>();
        scripts.add(RESOURCES + "sandbox/dashboard-host.js");
        scripts.addAll(resources.scripts());
        page.put("styles", resources.styles());
        page.put("scripts", scripts);
        List<Map<String, Object>> items = new ArrayList<>();
        for (PluginDescriptor.DashboardItem item : descriptor.dashboardItems()) {
            items.add(Map.of("key", item.key(), "module", item.amdModule(), "title", jira.service(com.atlassian.sal.api.message.I18nResolver.class).getText(item.titleKey()),
                    "preferences", json.writeValueAsString(Map.of("project", DemoHistory.PROJECT))));
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("sandbox", page);
        context.put("items", items);
        request.html(200, velocity.render("sandbox/dashboard.vm", context));
    }

    /** A project's settings for postmortems, where the Actions panel leads its administrators (Jira's project settings). */
    private void projectSettingsPage(Request request) throws IOException {
        String projectKey = request.query("projectKey").orElse("");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("projectKey", projectKey);
        boolean administers = request.user() != null && new dev.postmortems.jira.jira.config.ProjectSettingsCondition(
                sandbox.app().context().getBean(dev.postmortems.jira.service.Projects.class)).shouldDisplay(context);
        panelPage(request, "Postmortems settings for " + projectKey, administers,
                dev.postmortems.jira.jira.config.ProjectSettingsCondition.LOCATION, context);
    }

    /** One of the app's panel pages, whose panel the app's servlet serves in Jira, in the sandbox's page instead. */
    private void panelPage(Request request, String title, boolean allowed, String location, Map<String, Object> panelContext)
            throws IOException {
        Map<String, Object> page = chrome(request, title);
        if (!allowed) {
            page.put("missing", title);
            request.html(403, velocity.render("sandbox/forbidden.vm", Map.of("sandbox", page)));
            return;
        }
        jira.pageBuilder().drain();
        String body = fragments.webPanelDescriptors(location).stream()
                .filter(descriptor -> descriptor.getCompleteKey().endsWith("-page")).findFirst()
                .map(descriptor -> descriptor.getModule().getHtml(panelContext)).orElse("");
        WebFragments.Resources resources = fragments.resources(jira.pageBuilder().drain(), RESOURCES);
        page.put("styles", resources.styles());
        page.put("scripts", resources.scripts());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("sandbox", page);
        context.put("bodyHtml", body); // the panel as its own template rendered and escaped it
        request.html(200, velocity.render("sandbox/configure.vm", context));
    }

    /** Jira's {@code GET /rest/api/2/search?jql=…}, with the fields the sandbox knows. */
    private void searchResource(Request request) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            List<DoubleIssue> found = search.search(request.query("jql").orElse(""), request.user());
            int startAt = Math.max(0, request.query("startAt").map(Integer::parseInt).orElse(0));
            int maxResults = Math.max(0, Math.min(1000, request.query("maxResults").map(Integer::parseInt).orElse(50)));
            body.put("startAt", startAt);
            body.put("maxResults", maxResults);
            body.put("total", found.size());
            body.put("issues", found.stream().skip(startAt).limit(maxResults).map(issue -> Map.of(
                    "id", issue.getId().toString(), "key", issue.getKey(),
                    "self", request.origin() + CONTEXT + "/rest/api/2/issue/" + issue.getId(),
                    "fields", issueFields(issue))).toList());
            request.json(200, json.writeValueAsBytes(body));
        } catch (JqlSearch.JqlProblem problem) {
            body.put("errorMessages", problem.messages());
            body.put("errors", Map.of());
            request.json(400, json.writeValueAsBytes(body));
        } catch (NumberFormatException e) {
            body.put("errorMessages", List.of("startAt and maxResults are whole numbers."));
            body.put("errors", Map.of());
            request.json(400, json.writeValueAsBytes(body));
        }
    }

    private void resource(Request request) throws IOException {
        String path = request.path().substring(RESOURCES.length());
        if (path.contains("..")) {
            request.notFound();
            return;
        }
        for (Map.Entry<String, Path> vendor : VENDOR.entrySet()) {
            if (path.startsWith(vendor.getKey())) {
                Path file = vendor.getValue().resolve(path.substring(vendor.getKey().length()));
                if (!Files.isRegularFile(file)) {
                    request.notFound();
                    return;
                }
                request.send(200, contentType(path), Files.readAllBytes(file));
                return;
            }
        }
        int slash = path.indexOf('/');
        if (path.startsWith("sandbox/") && (path.endsWith(".js") || path.endsWith(".css"))) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    request.notFound();
                } else {
                    request.send(200, contentType(path), in.readAllBytes());
                }
            }
            return;
        }
        Optional<String> location = slash < 0 ? Optional.empty()
                : fragments.location(path.substring(0, slash), path.substring(slash + 1));
        try (InputStream in = location.map(found -> getClass().getClassLoader().getResourceAsStream(found)).orElse(null)) {
            if (in == null) {
                request.notFound();
                return;
            }
            request.send(200, contentType(path), fragments.served(path.substring(0, slash), path.substring(slash + 1),
                    in.readAllBytes()));
        }
    }

    // ----- The sandbox's own controls (forms posted from every page's header)

    private void control(Request request) throws IOException {
        if (!"POST".equals(request.method())) {
            request.send(405, "text/plain; charset=utf-8", "POST only".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<String, String> form = request.form();
        String back = form.getOrDefault("back", "");
        String returnTo = back.startsWith(CONTEXT + "/") && !back.startsWith("//") ? back : CONTEXT;
        switch (request.path().substring((CONTEXT + "/sandbox/").length())) {
            case "user" -> {
                String username = form.getOrDefault("username", ANONYMOUS);
                request.cookie(sandbox.people().user(username).isPresent() ? username : ANONYMOUS);
            }
            case "clock" -> {
                if (form.containsKey("reset")) {
                    sandbox.clock().backToNow();
                } else {
                    int days = parseDays(form.get("days"));
                    sandbox.clock().moveForward(Duration.ofDays(days));
                }
            }
            case "reminders" -> jira.scheduler().run(REMINDER_JOB);
            case "policy-scan" -> {
                // In Jira the scan runs by itself once a policy was saved; here it waits for this button.
                if (jira.scheduler().jobs().containsKey(PolicyScanJob.JOB)) {
                    jira.scheduler().run(PolicyScanJob.JOB.toString());
                }
            }
            case "transition" -> {
                DoubleIssue issue = (DoubleIssue) jira.issues().getIssueObject(form.getOrDefault("key", ""));
                if (issue == null || !jira.permissions().hasPermission(ProjectPermissions.EDIT_ISSUES, issue, request.user())) {
                    request.send(403, "text/plain; charset=utf-8", "You may not change this issue.".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                boolean resolve = "resolve".equals(form.get("to"));
                List<String> refusals = resolve ? workflow.refusals(issue) : List.of();
                if (!refusals.isEmpty()) {
                    renderIssue(request, issue, refusals, 400);
                    return;
                }
                issue.resolve(resolve);
                jira.events().publish(new IssueEvent(issue, resolve ? EventType.ISSUE_RESOLVED_ID : EventType.ISSUE_REOPENED_ID));
            }
            default -> {
                request.notFound();
                return;
            }
        }
        sandbox.save();
        request.redirect(returnTo);
    }

    private static int parseDays(String days) {
        try {
            return Math.max(1, Math.min(3650, Integer.parseInt(days == null ? "" : days.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    // ----- What the pages show

    /** Every page's header: that this is a sandbox, who you are, whom you can be, and the clock. */
    private Map<String, Object> chrome(Request request, String title) {
        ApplicationUser user = request.user();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("contextPath", CONTEXT);
        page.put("back", request.pathAndQuery());
        page.put("username", user == null ? ANONYMOUS : user.getUsername());
        page.put("displayName", user == null ? "Anonymous" : user.getDisplayName());
        List<Map<String, Object>> people = new ArrayList<>();
        sandbox.people().all().forEach(person -> people.add(Map.of("username", person.user().username(),
                "displayName", person.user().displayName(), "rights", person.rights())));
        people.add(Map.of("username", ANONYMOUS, "displayName", "Anonymous", "rights", "not logged in"));
        page.put("people", people);
        page.put("rights", sandbox.people().all().stream().filter(person -> person.user().equals(user)).map(DemoPeople.Person::rights)
                .findFirst().orElse("not logged in"));
        page.put("now", NOW.format(sandbox.clock().instant().atZone(ZoneOffset.UTC)));
        page.put("aheadDays", sandbox.clock().ahead().toDays());
        page.put("styles", List.of());
        page.put("scripts", List.of());
        return page;
    }

    private Map<String, Object> issueFields(DoubleIssue issue) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", issue.getKey());
        fields.put("summary", issue.getSummary());
        fields.put("issuetype", issue.getIssueType().getName());
        fields.put("status", issue.statusName());
        fields.put("resolution", issue.getResolutionId() == null ? "Unresolved" : "Done");
        fields.put("assignee", issue.getAssignee() == null ? "Unassigned" : issue.getAssignee().getDisplayName());
        fields.put("reporter", issue.reporter() == null ? "" : issue.reporter().getDisplayName());
        fields.put("duedate", issue.dueDay() == null ? "" : issue.dueDay().toString());
        fields.put("created", issue.createdAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
        fields.put("description", issue.getDescription() == null ? "" : issue.getDescription());
        fields.put("labels", List.copyOf(issue.labels()));
        fields.put("resolved", issue.getResolutionId() != null);
        return fields;
    }

    private List<Map<String, Object>> links(DoubleIssue issue, ApplicationUser user) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (IssueLink link : jira.links().getOutwardLinks(issue.getId())) {
            links.add(link(jira.linkTypes().getIssueLinkType(link.getLinkTypeId()).getOutward(), link.getDestinationId(), user));
        }
        for (IssueLink link : jira.links().getInwardLinks(issue.getId())) {
            links.add(link(jira.linkTypes().getIssueLinkType(link.getLinkTypeId()).getInward(), link.getSourceId(), user));
        }
        return links;
    }

    private Map<String, Object> link(String relation, Long otherId, ApplicationUser user) {
        DoubleIssue other = (DoubleIssue) jira.issues().getIssueObject(otherId);
        boolean visible = other != null && canBrowse(other, user);
        return Map.of("relation", relation, "visible", visible, "key", visible ? other.getKey() : "",
                "summary", visible ? other.getSummary() : "", "status", visible ? other.statusName() : "",
                "resolved", visible && other.getResolutionId() != null);
    }

    private boolean canBrowse(DoubleIssue issue, ApplicationUser user) {
        return jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    private String displayName(String username) {
        ApplicationUser user = username == null ? null : jira.users().getUserByName(username);
        return user == null ? (username == null ? "Jira" : username) : user.getDisplayName();
    }

    private static String contentType(String path) {
        String type = path.endsWith(".js") ? "text/javascript; charset=utf-8"
                : path.endsWith(".css") ? "text/css; charset=utf-8"
                : path.endsWith(".svg") ? "image/svg+xml"
                : path.endsWith(".woff") ? "font/woff"
                : path.endsWith(".ttf") ? "font/ttf"
                : path.endsWith(".png") ? "image/png" : "application/octet-stream";
        return type;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ----- HTTP

    private interface Handler {
        void handle(Request request) throws IOException;
    }

    /** Runs a page as the user its cookie names (the admin when there is none yet), logged out afterwards. */
    private void page(HttpExchange exchange, Handler handler) throws IOException {
        Request request = new Request(exchange, loggedIn(exchange));
        jira.authentication().logIn(request.user());
        try {
            handler.handle(request);
        } catch (RuntimeException e) {
            LOG.error("The sandbox failed on {}", request.pathAndQuery(), e);
            request.send(500, "text/plain; charset=utf-8", ("The sandbox failed: " + e).getBytes(StandardCharsets.UTF_8));
        } finally {
            jira.authentication().logOut();
            exchange.close();
        }
    }

    private DoubleUser loggedIn(HttpExchange exchange) {
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        if (cookie == null || !cookie.contains(RestServer.USER_COOKIE + "=")) {
            exchange.getResponseHeaders().add("Set-Cookie", RestServer.USER_COOKIE + "=" + DemoPeople.ADMIN + "; Path=/; SameSite=Lax");
            return sandbox.people().user(DemoPeople.ADMIN).orElseThrow();
        }
        for (String part : cookie.split(";")) {
            List<HttpCookie> parsed = HttpCookie.parse(part.strip());
            for (HttpCookie each : parsed) {
                if (each.getName().equals(RestServer.USER_COOKIE)) {
                    return sandbox.people().user(each.getValue()).orElse(null);
                }
            }
        }
        return null;
    }

    private static final class Request {
        private final HttpExchange exchange;
        private final DoubleUser user;

        Request(HttpExchange exchange, DoubleUser user) {
            this.exchange = exchange;
            this.user = user;
        }

        DoubleUser user() {
            return user;
        }

        String method() {
            return exchange.getRequestMethod();
        }

        String path() {
            return exchange.getRequestURI().getPath();
        }

        String pathAndQuery() {
            String query = exchange.getRequestURI().getRawQuery();
            return path() + (query == null ? "" : "?" + query);
        }

        String origin() {
            return "http://" + exchange.getRequestHeaders().getFirst("Host");
        }

        Optional<String> query(String name) {
            return Optional.ofNullable(parameters(exchange.getRequestURI().getRawQuery()).get(name));
        }

        Map<String, String> form() throws IOException {
            return parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        }

        void cookie(String username) {
            exchange.getResponseHeaders().add("Set-Cookie", RestServer.USER_COOKIE + "=" + username + "; Path=/; SameSite=Lax");
        }

        void html(int status, String html) throws IOException {
            send(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }

        void json(int status, byte[] body) throws IOException {
            send(status, "application/json; charset=utf-8", body);
        }

        void redirect(String location) throws IOException {
            exchange.getResponseHeaders().add("Location", location);
            send(303, "text/plain; charset=utf-8", new byte[0]);
        }

        void notFound() throws IOException {
            send(404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
        }

        void send(int status, String type, byte[] body) throws IOException {
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }

        private static Map<String, String> parameters(String raw) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String pair : raw == null || raw.isEmpty() ? new String[0] : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
            return parameters;
        }
    }
}
