package dev.postmortems.jira.rest.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.jiradouble.JiraDouble;
import dev.postmortems.jira.jiradouble.JiraDoubleSpringContext;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Map;

/**
 * The app as Jira runs it, over the Jira double: the app's Spring context, its start-up set-up, its REST module,
 * and project OPS with one user per role.
 *
 * <ul>
 *   <li>{@code editor} may browse and edit OPS (time zone Europe/Berlin)</li>
 *   <li>{@code viewer} may browse OPS but not edit (America/New_York)</li>
 *   <li>{@code outsider} may not browse OPS</li>
 *   <li>anonymous ({@code null}) may not browse OPS</li>
 * </ul>
 */
public final class PostmortemFixture implements AutoCloseable {
    public static final String EDITOR = "editor";
    public static final String VIEWER = "viewer";
    public static final String OUTSIDER = "outsider";
    public static final String ANONYMOUS = null;
    /** A Jira administrator who may browse OPS. */
    public static final String ADMIN = "admin";
    /** Someone who may be assigned issues in OPS, DEV and LOCKED: the owner of actions. */
    public static final String OWNER = "olivia";

    private final JiraDouble jira = new JiraDouble();
    private final java.util.List<Node> otherNodes = new java.util.ArrayList<>();
    private final Map<String, DoubleUser> users = Map.of(
            EDITOR, new DoubleUser("u-editor", EDITOR, "Erin Editor", ZoneId.of("Europe/Berlin")),
            VIEWER, new DoubleUser("u-viewer", VIEWER, "Vic Viewer", ZoneId.of("America/New_York")),
            OUTSIDER, new DoubleUser("u-outsider", OUTSIDER, "Olly Outsider", ZoneId.of("UTC")),
            ADMIN, new DoubleUser("u-admin", ADMIN, "Ada Admin", ZoneId.of("UTC")),
            OWNER, new DoubleUser("u-olivia", OWNER, "Olivia Owner", ZoneId.of("UTC")));
    private final JiraDoubleSpringContext app;
    private final RestServer rest;
    private final DoubleIssue postmortem;
    private final DoubleIssue incident;

    public PostmortemFixture(ActiveObjects activeObjects) throws IOException {
        this(activeObjects, null);
    }

    /** The first node of a cluster, with its own cluster locks (null for the double's, shared by every node). */
    public PostmortemFixture(ActiveObjects activeObjects, ClusterLockService clusterLocks) throws IOException {
        jira.provide(ActiveObjects.class, activeObjects);
        if (clusterLocks != null) {
            jira.provide(ClusterLockService.class, clusterLocks);
        }
        app = new JiraDoubleSpringContext(jira);
        jira.webInterface().serve(new dev.postmortems.jira.jiradouble.WebFragments(
                dev.postmortems.jira.jiradouble.PluginDescriptor.read(), app.context(), jira));
        app.context().getBeansOfType(LifecycleAware.class).values().forEach(LifecycleAware::onStart);
        // As in Jira's default scheme for a team that runs its own postmortems: readers see watchers, editors manage them.
        jira.permissions().grant(user(EDITOR), "OPS", ProjectPermissions.BROWSE_PROJECTS, ProjectPermissions.EDIT_ISSUES,
                ProjectPermissions.VIEW_VOTERS_AND_WATCHERS, ProjectPermissions.MANAGE_WATCHERS);
        jira.permissions().grant(user(VIEWER), "OPS", ProjectPermissions.BROWSE_PROJECTS, ProjectPermissions.VIEW_VOTERS_AND_WATCHERS);
        jira.permissions().grant(user(ADMIN), "OPS", ProjectPermissions.BROWSE_PROJECTS, ProjectPermissions.VIEW_VOTERS_AND_WATCHERS);
        users.values().forEach(jira.users()::add);
        // Where actions go: the editor creates issues in OPS and DEV; LOCKED takes no new issues from the editor.
        for (String project : java.util.List.of("OPS", "DEV", "LOCKED")) {
            jira.projects().ensure(project);
            jira.permissions().grant(user(OWNER), project, ProjectPermissions.ASSIGNABLE_USER, ProjectPermissions.BROWSE_PROJECTS);
            jira.permissions().grant(user(EDITOR), project, ProjectPermissions.BROWSE_PROJECTS);
        }
        jira.permissions().grant(user(EDITOR), "OPS", ProjectPermissions.CREATE_ISSUES);
        jira.permissions().grant(user(EDITOR), "DEV", ProjectPermissions.CREATE_ISSUES);
        jira.users().makeAdmin(user(ADMIN));
        incident = jira.issues().create("OPS", jira.issueTypes().byName("Bug"), "Checkout down");
        postmortem = jira.issues().create("OPS", jira.issueTypes().byName("Postmortem"), "Postmortem: Checkout down");
        rest = new RestServer(app.context(), jira, this::user);
        // A site in use: the first look at a postmortem wrote the site's cause categories, once (tests that count a
        // panel's statements count what every later view costs).
        bean(dev.postmortems.jira.service.cause.CauseCategoryService.class).catalogue();
    }

    /** One of the fixture's people, or a user a test added to the double. */
    public DoubleUser user(String name) {
        return users.containsKey(name) ? users.get(name) : (DoubleUser) jira.users().getUserByName(name);
    }

    public JiraDouble jira() {
        return jira;
    }

    public JiraDoubleSpringContext app() {
        return app;
    }

    public RestServer rest() {
        return rest;
    }

    /** OPS-2, a Postmortem. */
    public DoubleIssue postmortem() {
        return postmortem;
    }

    /** OPS-1, a Bug: the incident, not a postmortem. */
    public DoubleIssue incident() {
        return incident;
    }

    public DoubleIssue newPostmortem(String summary) {
        return jira.issues().create("OPS", jira.issueTypes().byName("Postmortem"), summary);
    }

    /** Runs the work as that user is logged in, as during one of their requests. */
    /** Schedules the postmortem's follow-up review as the user, and gives the review ticket's key. */
    public String scheduledReview(String user, String postmortemKey, dev.postmortems.jira.domain.review.ReviewInput input) {
        return as(user, () -> {
            bean(dev.postmortems.jira.service.review.ReviewService.class).schedule(postmortemKey, input);
            return bean(dev.postmortems.jira.service.snapshot.PostmortemSnapshots.class).of(postmortemKey).reviewTickets().get(0).key();
        });
    }

    public <T> T as(String user, java.util.function.Supplier<T> work) {
        jira.authentication().logIn(user(user));
        try {
            return work.get();
        } finally {
            jira.authentication().logOut();
        }
    }

    /**
     * Another node of the same cluster: the same Jira, its own Spring context, Active Objects, cluster locks and
     * REST server, started as Jira starts the app on a node. It stops with the fixture.
     */
    public Node anotherNode(ActiveObjects activeObjects, ClusterLockService clusterLocks) throws IOException {
        JiraDoubleSpringContext context = new JiraDoubleSpringContext(jira,
                Map.of(ActiveObjects.class, activeObjects, ClusterLockService.class, clusterLocks), beans -> {
                });
        context.context().getBeansOfType(LifecycleAware.class).values().forEach(LifecycleAware::onStart);
        Node node = new Node(context, new RestServer(context.context(), jira, this::user));
        otherNodes.add(node);
        return node;
    }

    /** A node of the cluster beside the fixture's own. */
    public record Node(JiraDoubleSpringContext app, RestServer rest) {
        public <T> T bean(Class<T> type) {
            return app.context().getBean(type);
        }
    }

    /** A bean of the app's Spring context, such as a service. */
    public <T> T bean(Class<T> type) {
        return app.context().getBean(type);
    }

    @Override
    public void close() {
        for (Node node : otherNodes) {
            node.rest().close();
            node.app().context().close();
        }
        rest.close();
        app.context().close();
    }
}
