package dev.postmortems.jira.sandbox;

import dev.postmortems.jira.jiradouble.PluginDescriptor;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.postmortems.jira.jiradouble.DoubleSnapshot;
import dev.postmortems.jira.jiradouble.JiraDouble;
import dev.postmortems.jira.jiradouble.JiraDoubleSpringContext;
import dev.postmortems.jira.rest.testing.RestServer;
import dev.postmortems.jira.store.testing.AppDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The app's own code, run as Jira runs it, beside the Jira double, at {@code http://localhost:2990/jira}: its Spring
 * XML with Jira's services from the double, its start-up, Active Objects on an H2 file, its REST module, and pages
 * that honour its descriptor's web panels, web items, web resources and JQL functions. A place to try the app; not
 * Jira.
 *
 * <p>What the double's Jira holds (issues, links, comments, settings) and the sandbox clock are written to
 * {@code jira.json} beside the database after each change, and read back at the next start.
 */
public final class Sandbox implements AutoCloseable {
    public static final int PORT = 2990;
    /** Jersey warns, at every start, of things that only matter to its own servers; kept so its level holds. */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");
    static final String CONTEXT_PATH = JiraDouble.CONTEXT_PATH;

    private final Path dataDirectory;
    private final JiraDouble jira = new JiraDouble();
    private final DemoPeople people = new DemoPeople(jira);
    private final SandboxClock clock;
    private final AppDatabase database;
    private final JiraDoubleSpringContext app;
    private final RestServer server;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** The saved state, if any: the double's Jira and how far the clock was moved. */
    private record Saved(long clockAheadSeconds, DoubleSnapshot jira) {
    }

    private Sandbox(Path dataDirectory, int port) throws IOException {
        this.dataDirectory = dataDirectory;
        Path stateFile = dataDirectory.resolve("jira.json");
        if (!Files.exists(stateFile)) {
            delete(dataDirectory); // the app's tables without the Jira they belong to would point at nothing
        }
        Files.createDirectories(dataDirectory);
        Saved saved = Files.exists(stateFile) ? json.readValue(stateFile.toFile(), Saved.class) : null;
        clock = new SandboxClock(Duration.ofSeconds(saved == null ? 0 : saved.clockAheadSeconds()));
        database = AppDatabase.h2File(dataDirectory.resolve("postmortems"));
        jira.provide(ActiveObjects.class, database.activeObjects());
        if (saved != null) {
            saved.jira().restoreConfigurationInto(jira); // before the app starts, as Jira's database is there first
        }
        // In Jira time passes by itself; here it can be moved forward, so the app's clock is the sandbox's.
        app = new JiraDoubleSpringContext(jira, context -> context.registerBean("clock", Clock.class, () -> clock));
        app.context().getBeansOfType(LifecycleAware.class).values().forEach(LifecycleAware::onStart);
        if (saved == null) {
            DemoData.seed(jira, app.context(), people, clock);
            DemoHistory.seed(jira, app.context(), people, clock);
        } else {
            saved.jira().restoreContentInto(jira);
        }
        server = new RestServer(app.context(), jira, username -> people.user(username).orElse(null), port, CONTEXT_PATH);
        server.afterEachChange(this::save);
        new SandboxPages(this, PluginDescriptor.read()).serveOn(server);
        save();
        server.start(); // only now, with every page in place
    }

    /**
     * Starts the sandbox with its data in that directory, on that port (0 for any free one).
     *
     * @param reset start from the demo data again, forgetting what was changed
     */
    public static Sandbox start(Path dataDirectory, int port, boolean reset) throws IOException {
        if (reset) {
            delete(dataDirectory);
        }
        return new Sandbox(dataDirectory, port);
    }

    /** {@code mvn -Psandbox}: starts on port 2990 with its data under target/sandbox; {@code --reset} forgets the data. */
    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        boolean reset = java.util.Arrays.asList(args).contains("--reset");
        Sandbox sandbox = start(Path.of("target", "sandbox"), PORT, reset);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-stop"));
        System.out.printf("%nPostmortems for Jira sandbox (not Jira) ready at %s in %.1f s%s.%n"
                        + "Data: %s (start with -Dsandbox.reset to begin again). Stop with Ctrl+C.%n%n",
                sandbox.url(), (System.nanoTime() - started) / 1e9, reset ? ", from fresh demo data" : "",
                sandbox.dataDirectory.toAbsolutePath());
    }

    /** The sandbox's Jira, such as {@code http://localhost:2990/jira}. */
    public String url() {
        return server.baseUrl() + CONTEXT_PATH;
    }

    JiraDouble jira() {
        return jira;
    }

    DemoPeople people() {
        return people;
    }

    SandboxClock clock() {
        return clock;
    }

    JiraDoubleSpringContext app() {
        return app;
    }

    /** Writes the double's Jira and the clock beside the database; called after every change. */
    synchronized void save() {
        try {
            Path file = dataDirectory.resolve("jira.json");
            Path written = dataDirectory.resolve("jira.json.new");
            json.writeValue(written.toFile(), new Saved(clock.ahead().toSeconds(), DoubleSnapshot.of(jira)));
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        server.close();
        save();
        app.context().close();
        database.close();
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
