package dev.postmortems.jira.jiradouble;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.Map;

/**
 * An in-memory Jira: the services the app imports, sharing one state as Jira's services share its database.
 * Flows run end to end through the app's real adapters against it; several app instances on one double act as
 * the nodes of a cluster.
 */
public final class JiraDouble {
    private final InMemoryIssueTypeManager issueTypeManager = new InMemoryIssueTypeManager();
    private final InMemoryIssueLinkTypeManager issueLinkTypeManager = new InMemoryIssueLinkTypeManager();
    private final InMemoryAvatarManager avatarManager = new InMemoryAvatarManager();
    private final InMemoryPluginSettingsFactory pluginSettingsFactory = new InMemoryPluginSettingsFactory();
    private final InMemoryClusterLockService clusterLockService = new InMemoryClusterLockService();

    private final Map<Class<?>, Object> services = Map.of(
            IssueTypeManager.class, issueTypeManager,
            IssueLinkTypeManager.class, issueLinkTypeManager,
            AvatarManager.class, avatarManager,
            PluginSettingsFactory.class, pluginSettingsFactory,
            ClusterLockService.class, clusterLockService);

    /** The service Jira would hand out for that interface, as an {@code osgi:reference} resolves it. */
    public <T> T service(Class<T> type) {
        Object service = services.get(type);
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
}
