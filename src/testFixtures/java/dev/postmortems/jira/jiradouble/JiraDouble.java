package dev.postmortems.jira.jiradouble;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.List;
import java.util.Map;

/**
 * An in-memory Jira: the services the app imports, sharing one state as Jira's services share its database.
 * Flows run end to end through the app's real adapters against it; several app instances on one double act as
 * the nodes of a cluster.
 */
public final class JiraDouble {
    /** Where the double's Jira lives, as {@code atlas-run} serves it. */
    public static final String CONTEXT_PATH = "/jira";

    private volatile boolean anonymousAccess = true;
    private final ReadDelay readDelay = new ReadDelay();
    private final InMemoryIssueTypeManager issueTypeManager = new InMemoryIssueTypeManager(readDelay);
    private final InMemoryIssueLinkTypeManager issueLinkTypeManager = new InMemoryIssueLinkTypeManager(readDelay);
    private final InMemoryAvatarManager avatarManager = new InMemoryAvatarManager();
    private final InMemoryPluginSettingsFactory pluginSettingsFactory = new InMemoryPluginSettingsFactory();
    private final InMemoryClusterLockService clusterLockService = new InMemoryClusterLockService();
    private final InMemoryProjectManager projectManager = new InMemoryProjectManager();
    private final InMemoryIssueManager issueManager = new InMemoryIssueManager(projectManager);
    private final InMemoryPermissionManager permissionManager = new InMemoryPermissionManager(projectManager);
    private final DoubleAuthenticationContext authenticationContext = new DoubleAuthenticationContext();
    private final PropertiesI18nResolver i18nResolver = new PropertiesI18nResolver();
    private final RecordingPageBuilderService pageBuilderService = new RecordingPageBuilderService();
    private final SynchronousEventPublisher eventPublisher = new SynchronousEventPublisher();
    private final DoubleRequestCaches requestCaches = new DoubleRequestCaches();
    private final DoubleUserDirectory users = new DoubleUserDirectory(authenticationContext);
    private final InMemoryIssueLinkManager issueLinkManager = new InMemoryIssueLinkManager();
    private final InMemoryLabelManager labelManager = new InMemoryLabelManager(issueManager);
    private final InMemoryProjectComponentManager componentManager = new InMemoryProjectComponentManager();
    private final InMemoryIssueService issueService = new InMemoryIssueService(issueManager, projectManager, issueTypeManager,
            permissionManager, users, eventPublisher);
    private final InMemoryWatcherManager watcherManager = new InMemoryWatcherManager();
    private final InMemoryCommentManager commentManager = new InMemoryCommentManager();
    private final InMemorySchedulerService schedulerService = new InMemorySchedulerService();
    private final DoubleWebInterfaceManager webInterfaceManager = new DoubleWebInterfaceManager();
    private final DoubleDateTimeFormatters dateTimeFormatters = new DoubleDateTimeFormatters(authenticationContext);
    private final InMemoryIssueTypeSchemeManager issueTypeSchemeManager = new InMemoryIssueTypeSchemeManager(issueTypeManager);
    private final PriorityManager priorityManager = () -> List.of(priority("1", "Highest"), priority("3", "Medium"),
            priority("5", "Lowest"));

    private final Map<Class<?>, Object> services = Map.ofEntries(
            Map.entry(IssueTypeManager.class, issueTypeManager),
            Map.entry(IssueLinkTypeManager.class, issueLinkTypeManager),
            Map.entry(AvatarManager.class, avatarManager),
            Map.entry(PluginSettingsFactory.class, pluginSettingsFactory),
            Map.entry(ClusterLockService.class, clusterLockService),
            Map.entry(IssueManager.class, issueManager),
            Map.entry(PermissionManager.class, permissionManager),
            Map.entry(JiraAuthenticationContext.class, authenticationContext),
            // SAL's time zone service is its own object in Jira, as here: a class that asks for Jira's authentication
            // context by type finds exactly one.
            Map.entry(TimeZoneManager.class, new TimeZoneManager() {
                @Override
                public java.util.TimeZone getUserTimeZone() {
                    return authenticationContext.getUserTimeZone();
                }

                @Override
                public java.util.TimeZone getDefaultTimeZone() {
                    return authenticationContext.getDefaultTimeZone();
                }
            }),
            Map.entry(I18nResolver.class, i18nResolver),
            Map.entry(PageBuilderService.class, pageBuilderService),
            Map.entry(com.atlassian.jira.datetime.DateTimeFormatterFactory.class, dateTimeFormatters),
            Map.entry(com.atlassian.plugin.web.WebInterfaceManager.class, webInterfaceManager),
            Map.entry(com.atlassian.jira.cache.request.RequestCacheFactory.class, requestCaches),
            Map.entry(EventPublisher.class, eventPublisher),
            Map.entry(UserSearchService.class, users),
            Map.entry(com.atlassian.jira.user.util.UserManager.class, users),
            Map.entry(com.atlassian.sal.api.user.UserManager.class, users),
            Map.entry(IssueService.class, issueService),
            Map.entry(IssueLinkManager.class, issueLinkManager),
            Map.entry(LabelManager.class, labelManager),
            Map.entry(com.atlassian.jira.bc.project.component.ProjectComponentManager.class, componentManager),
            Map.entry(ProjectManager.class, projectManager),
            Map.entry(PriorityManager.class, priorityManager),
            Map.entry(com.atlassian.jira.issue.watchers.WatcherManager.class, watcherManager),
            Map.entry(com.atlassian.jira.issue.comments.CommentManager.class, commentManager),
            Map.entry(com.atlassian.scheduler.SchedulerService.class, schedulerService),
            Map.entry(com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager.class, issueTypeSchemeManager),
            Map.entry(com.atlassian.jira.config.properties.ApplicationProperties.class,
                    (com.atlassian.jira.config.properties.ApplicationProperties) name ->
                            "jira.date.picker.java.format".equals(name) ? InMemoryIssueService.DATE_PICKER_FORMAT : null),
            Map.entry(com.atlassian.sal.api.ApplicationProperties.class,
                    (com.atlassian.sal.api.ApplicationProperties) mode -> mode == com.atlassian.sal.api.UrlMode.RELATIVE
                            ? CONTEXT_PATH : "http://localhost:2990" + CONTEXT_PATH));

    private final Map<Class<?>, Object> provided = new java.util.concurrent.ConcurrentHashMap<>();

    /** Adds a service the double does not make itself, such as Active Objects over a test database. */
    public <T> JiraDouble provide(Class<T> type, T service) {
        provided.put(type, service);
        return this;
    }

    /** The service Jira would hand out for that interface, as an {@code osgi:reference} resolves it. */
    public <T> T service(Class<T> type) {
        Object service = provided.containsKey(type) ? provided.get(type) : services.get(type);
        if (service == null) {
            throw new IllegalArgumentException("The Jira double offers no " + type.getName());
        }
        return type.cast(service);
    }

    public InMemoryIssueTypeManager issueTypes() {
        return issueTypeManager;
    }

    public InMemoryIssueLinkTypeManager linkTypes() {
        return issueLinkTypeManager;
    }

    public InMemoryAvatarManager avatars() {
        return avatarManager;
    }

    public InMemoryPluginSettingsFactory pluginSettings() {
        return pluginSettingsFactory;
    }

    public InMemoryClusterLockService clusterLocks() {
        return clusterLockService;
    }

    /** Jira's web panels: served over the app's descriptor once the app's context exists. */
    public DoubleWebInterfaceManager webInterface() {
        return webInterfaceManager;
    }

    public InMemoryIssueManager issues() {
        return issueManager;
    }

    public InMemoryPermissionManager permissions() {
        return permissionManager;
    }

    public InMemoryIssueService issueService() {
        return issueService;
    }

    public InMemoryIssueLinkManager links() {
        return issueLinkManager;
    }

    public InMemoryProjectManager projects() {
        return projectManager;
    }

    public InMemoryProjectComponentManager components() {
        return componentManager;
    }

    /** A Jira priority, as Jira's priority manager hands them out. */
    static Priority priority(String id, String name) {
        return new Priority() {
            @Override
            public String getId() {
                return id;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getDescription() {
                return name;
            }
        };
    }

    public InMemoryCommentManager comments() {
        return commentManager;
    }

    public InMemorySchedulerService scheduler() {
        return schedulerService;
    }

    public InMemoryWatcherManager watchers() {
        return watcherManager;
    }

    public InMemoryIssueTypeSchemeManager issueTypeSchemes() {
        return issueTypeSchemeManager;
    }

    public DoubleUserDirectory users() {
        return users;
    }

    public SynchronousEventPublisher events() {
        return eventPublisher;
    }

    /**
     * Makes the issue type and link type lists answer a little late, as over a real database, for tests of what two
     * nodes do at once: without a lock, both would see "missing" and both create.
     */
    public JiraDouble slowReads() {
        readDelay.turnOn();
        return this;
    }

    public DoubleRequestCaches requests() {
        return requestCaches;
    }

    public RecordingPageBuilderService pageBuilder() {
        return pageBuilderService;
    }

    public DoubleAuthenticationContext authentication() {
        return authenticationContext;
    }

    /** Jira's "anonymous access" site setting, which REST resources marked for anonymous site access follow. */
    public boolean allowsAnonymousAccess() {
        return anonymousAccess;
    }

    public void allowAnonymousAccess(boolean allowed) {
        anonymousAccess = allowed;
    }
}
