package dev.postmortems.jira.jira.setup;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the app's issue types and link types when the app starts. Every node of a cluster calls
 * {@link #onStart()}, so the work runs under a cluster lock and only creates what is missing: a restart or a
 * second node creates nothing. Active Objects is not touched here (it is not ready during start-up).
 */
public final class AppSetup implements LifecycleAware {
    static final String LOCK_NAME = "dev.postmortems.jira.setup";
    private static final long LOCK_WAIT_SECONDS = 60;
    private static final Logger log = LoggerFactory.getLogger(AppSetup.class);

    private final ClusterLockService clusterLockService;
    private final IssueTypeSetup issueTypeSetup;
    private final LinkTypeSetup linkTypeSetup;

    public AppSetup(ClusterLockService clusterLockService, IssueTypeManager issueTypeManager, AvatarManager avatarManager,
                    IssueLinkTypeManager issueLinkTypeManager, InstalledTypes installedTypes) {
        this.clusterLockService = clusterLockService;
        this.issueTypeSetup = new IssueTypeSetup(issueTypeManager, avatarManager, installedTypes);
        this.linkTypeSetup = new LinkTypeSetup(issueLinkTypeManager, installedTypes);
    }

    @Override
    public void onStart() {
        ClusterLock lock = clusterLockService.getLockForName(LOCK_NAME);
        try {
            if (!lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("Postmortems: another node held the set-up lock for {} s; set-up is left to it", LOCK_WAIT_SECONDS);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            installAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onStop() {
        // Nothing to release: set-up leaves no running work behind.
    }

    private void installAll() {
        for (AppIssueType type : AppIssueType.values()) {
            install("issue type", type.defaultName(), () -> issueTypeSetup.ensure(type));
        }
        for (AppLinkType type : AppLinkType.values()) {
            install("link type", type.defaultName(), () -> linkTypeSetup.ensure(type));
        }
    }

    /**
     * One failing step must not stop the others, nor the app from enabling. Whatever the failure — Jira refusing,
     * or a Jira whose API differs from the one the app was built for (a LinkageError such as NoSuchMethodError) —
     * it is logged with what the admin can do, and the step is tried again at the next start.
     */
    private static void install(String kind, String name, Installation installation) {
        try {
            log.info("Postmortems: {} {}: {}", kind, name, installation.run());
        } catch (IOException | RuntimeException | LinkageError e) {
            log.error("Postmortems: could not create the {} \"{}\" ({}). The app's other set-up steps ran. An administrator "
                    + "can create the {} \"{}\" by hand in Jira's administration; the app adopts it at its next start, "
                    + "which also tries again.", kind, name, e, kind, name, e);
        }
    }

    @FunctionalInterface
    private interface Installation {
        SetupOutcome run() throws IOException;
    }
}
