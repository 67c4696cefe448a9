package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Who watches which issue; watching twice is watching once, as in Jira. */
public final class InMemoryWatcherManager implements WatcherManager {
    private final Map<Long, Set<ApplicationUser>> watchers = new ConcurrentHashMap<>();

    @Override
    public Issue startWatching(ApplicationUser user, Issue issue) {
        synchronized (watchers) {
            watchers.computeIfAbsent(issue.getId(), id -> new LinkedHashSet<>()).add(user);
        }
        return issue;
    }

    @Override
    public Issue stopWatching(ApplicationUser user, Issue issue) {
        synchronized (watchers) {
            watchers.getOrDefault(issue.getId(), new LinkedHashSet<>()).remove(user);
        }
        return issue;
    }

    @Override
    public Collection<ApplicationUser> getWatchersUnsorted(Issue issue) {
        synchronized (watchers) {
            return List.copyOf(watchers.getOrDefault(issue.getId(), Set.of()));
        }
    }

    /** Issue id to the keys of its watchers. */
    public Map<Long, List<String>> all() {
        synchronized (watchers) {
            Map<Long, List<String>> all = new java.util.TreeMap<>();
            watchers.forEach((issue, users) -> all.put(issue, users.stream().map(ApplicationUser::getKey).toList()));
            return all;
        }
    }

    /** The usernames watching an issue, for assertions. */
    public Set<String> usernamesWatching(Issue issue) {
        return Set.copyOf(getWatchersUnsorted(issue).stream().map(ApplicationUser::getUsername).toList());
    }
}
