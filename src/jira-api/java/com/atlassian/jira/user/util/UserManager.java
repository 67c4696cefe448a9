package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in (compile only). Evidence: 6.3 source; getUserByKey on 11.3.1, getUserByName on 8.8.1. */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
