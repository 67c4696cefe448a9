package dev.postmortems.jira.jira;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import dev.postmortems.jira.service.AdminCheck;

/** Jira administrators, as SAL knows them. */
public final class SalAdminCheck implements AdminCheck {
    private final UserManager userManager;

    public SalAdminCheck(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public boolean isAdmin() {
        UserKey user = userManager.getRemoteUserKey();
        return user != null && userManager.isAdmin(user);
    }
}
