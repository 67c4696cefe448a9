package dev.postmortems.jira.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import dev.postmortems.jira.service.WhoIsAsking;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** The person making the request, as Jira's authentication context and SAL know them. */
public final class JiraWhoIsAsking implements WhoIsAsking {
    private final JiraAuthenticationContext authenticationContext;
    private final TimeZoneManager timeZoneManager;
    private final UserManager userManager;

    public JiraWhoIsAsking(JiraAuthenticationContext authenticationContext, TimeZoneManager timeZoneManager,
                           UserManager userManager) {
        this.authenticationContext = authenticationContext;
        this.timeZoneManager = timeZoneManager;
        this.userManager = userManager;
    }

    @Override
    public Optional<String> username() {
        return Optional.ofNullable(authenticationContext.getLoggedInUser()).map(ApplicationUser::getUsername);
    }

    @Override
    public ZoneId timeZone() {
        return timeZoneManager.getUserTimeZone().toZoneId();
    }

    @Override
    public Locale locale() {
        Locale locale = authenticationContext.getLocale();
        return locale == null ? Locale.getDefault() : locale;
    }

    @Override
    public boolean isAdmin() {
        UserKey user = userManager.getRemoteUserKey();
        return user != null && userManager.isAdmin(user);
    }
}
