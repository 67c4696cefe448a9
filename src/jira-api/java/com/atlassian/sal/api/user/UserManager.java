package com.atlassian.sal.api.user;

/** Stand-in (compile only). Complete set confirmed by a sal-api 5.0.2 implementation. */
public interface UserManager {
    /** Null when nobody is logged in. */
    UserKey getRemoteUserKey();

    /** Jira administrators and system administrators. */
    boolean isAdmin(UserKey userKey);
}
