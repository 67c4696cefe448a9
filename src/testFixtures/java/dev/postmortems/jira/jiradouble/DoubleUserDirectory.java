package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jira's users: looked up by key, username or exact full name (letter case aside, as Jira does), and which of
 * them administer Jira. Serves Jira's UserManager and UserSearchService and SAL's UserManager.
 */
public final class DoubleUserDirectory implements UserSearchService, com.atlassian.jira.user.util.UserManager,
        com.atlassian.sal.api.user.UserManager {
    private final Map<String, DoubleUser> byKey = new ConcurrentHashMap<>();
    private final Set<String> admins = ConcurrentHashMap.newKeySet();
    private final DoubleAuthenticationContext authentication;

    DoubleUserDirectory(DoubleAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public DoubleUser add(DoubleUser user) {
        byKey.put(user.key(), user);
        return user;
    }

    public void makeAdmin(DoubleUser user) {
        admins.add(user.key());
    }

    @Override
    public Iterable<String> findUserKeysByFullName(String fullName) {
        return byKey.values().stream().filter(user -> user.displayName().toLowerCase(Locale.ROOT)
                .equals(fullName.toLowerCase(Locale.ROOT))).map(DoubleUser::key).toList();
    }

    @Override
    public ApplicationUser getUserByKey(String userKey) {
        return userKey == null ? null : byKey.get(userKey);
    }

    @Override
    public ApplicationUser getUserByName(String userName) {
        return byKey.values().stream().filter(user -> user.username().equals(userName)).findFirst().orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        ApplicationUser user = authentication.getLoggedInUser();
        return user == null ? null : new UserKey(user.getKey());
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && admins.contains(userKey.getStringValue());
    }

    public List<DoubleUser> all() {
        return List.copyOf(byKey.values());
    }
}
