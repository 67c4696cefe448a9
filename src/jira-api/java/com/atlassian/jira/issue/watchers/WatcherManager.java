package com.atlassian.jira.issue.watchers;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Stand-in (compile only). Jira 7.x javadoc ({@code jira/latest/.../WatcherManager.html}): @PublicApi interface;
 * {@code Issue startWatching(ApplicationUser, Issue)}, {@code Collection<ApplicationUser> getWatchersUnsorted(Issue)}.
 * {@code stopWatching(ApplicationUser, Issue)} returning Issue: from a script library compiled against recent Jira.
 */
public interface WatcherManager {
    Issue startWatching(ApplicationUser user, Issue issue);

    Issue stopWatching(ApplicationUser user, Issue issue);

    Collection<ApplicationUser> getWatchersUnsorted(Issue issue);
}
