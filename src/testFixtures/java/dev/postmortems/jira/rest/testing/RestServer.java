package dev.postmortems.jira.rest.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.jiradouble.JiraDouble;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Function;

/**
 * The app's REST module served over real HTTP by Jersey 3 (Jakarta REST, as Jira 11 uses), at
 * {@code /rest/postmortems/1.0}. Every {@code @Path} and {@code @Provider} class of the app is built from the app's
 * Spring context by its {@code @Inject} constructor, as Jira's REST module builds them. A request names the Jira
 * double's user it comes from in the {@code X-Double-User} header; without it, it is anonymous.
 */
public final class RestServer implements AutoCloseable {
    public static final String USER_HEADER = "X-Double-User";
    /** Browsers cannot add headers to their own requests; pages log them in with this cookie instead. */
    public static final String USER_COOKIE = "double-user";
    private static final String REST_ROOT = "/rest/postmortems/1.0";

    private final HttpServer server;
    private final String restRoot;
    private volatile Runnable afterEachChange = () -> {
    };
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** Started, on any free port, with no context path. */
    public RestServer(ApplicationContext app, JiraDouble jira, Function<String, DoubleUser> users) {
        this(app, jira, users, 0, "");
        start();
    }

    /**
     * On that port (0 for any free one), under that context path ({@code /jira} as Jira is served by
     * {@code atlas-run}, or empty); it answers once {@link #start()} is called, so a host can add its own pages first.
     */
    public RestServer(ApplicationContext app, JiraDouble jira, Function<String, DoubleUser> users, int port, String contextPath) {
        this.restRoot = contextPath + REST_ROOT;
        ResourceConfig config = new ResourceConfig().register(JacksonFeature.class);
        AutowireCapableBeanFactory factory = app.getAutowireCapableBeanFactory();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("dev.postmortems.jira.rest")) {
            config.register(factory.autowire(load(candidate.getBeanClassName()), AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
        }
        // Jira logs the caller in before its REST framework checks the resource's access annotation.
        config.register(new JiraRestAccess(jira));
        config.register((ContainerRequestFilter) request -> {
            String user = request.getHeaderString(USER_HEADER);
            if (user == null && request.getCookies().containsKey(USER_COOKIE)) {
                user = request.getCookies().get(USER_COOKIE).getValue(); // a browser, logged in by a page
            }
            if (user == null) {
                jira.authentication().logOut();
            } else {
                jira.authentication().logIn(users.apply(user));
            }
        }, jakarta.ws.rs.Priorities.AUTHENTICATION);
        config.register((ContainerResponseFilter) (request, response) -> {
            jira.authentication().logOut();
            if (!java.util.Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod())) {
                afterEachChange.run();
            }
        });
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://localhost:" + port + restRoot), config, false);
        new JiraUserSearch(jira, users, contextPath).serveOn(this); // what the app's user pickers ask Jira
    }

    public Reply get(String user, String path) throws IOException, InterruptedException {
        return send(user, "GET", path, null, "application/json");
    }

    public Reply post(String user, String path, Object body) throws IOException, InterruptedException {
        return send(user, "POST", path, body, "application/json");
    }

    public Reply put(String user, String path, Object body) throws IOException, InterruptedException {
        return send(user, "PUT", path, body, "application/json");
    }

    public Reply delete(String user, String path) throws IOException, InterruptedException {
        return send(user, "DELETE", path, null, "application/json");
    }

    /** A GET as a browser asks for HTML, such as a panel rendered again. */
    public Reply getHtml(String user, String path) throws IOException, InterruptedException {
        return send(user, "GET", path, null, null, "text/html");
    }

    /** A GET as a browser follows a download link, accepting anything (a file such as a calendar invitation). */
    public Reply download(String user, String path) throws IOException, InterruptedException {
        return send(user, "GET", path, null, null, "*/*");
    }

    /** For requests a browser form could send across sites, with another content type. */
    public Reply send(String user, String method, String path, Object body, String contentType)
            throws IOException, InterruptedException {
        return send(user, method, path, body, contentType, "application/json");
    }

    private Reply send(String user, String method, String path, Object body, String contentType, String accept)
            throws IOException, InterruptedException {
        String text = body == null ? null : body instanceof String raw ? raw : json.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getAddress().getPort()
                        + restRoot + path))
                .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text))
                .header("Accept", accept);
        if (text != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header(USER_HEADER, user);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), json, response.headers());
    }

    public void start() {
        server.start();
    }

    /** Called after every request that may have changed something (any method but GET, HEAD and OPTIONS). */
    public void afterEachChange(Runnable hook) {
        this.afterEachChange = hook;
    }

    /** Serves more on the same origin as the REST module, as Jira serves pages and REST from one host. */
    public void serve(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response: its status and its JSON body. */
    public record Reply(int status, String body, ObjectMapper json, java.net.http.HttpHeaders headers) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> map() throws IOException {
            return json.readValue(body, Map.class);
        }

        public com.fasterxml.jackson.databind.JsonNode tree() throws IOException {
            return json.readTree(body);
        }
    }
}
