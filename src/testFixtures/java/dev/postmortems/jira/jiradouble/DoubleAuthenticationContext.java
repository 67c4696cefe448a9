package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.timezone.TimeZoneManager;

import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Who is logged in, and their time zone. Like Jira's, it is per request thread; tests and the sandbox set it
 * before each request.
 */
public final class DoubleAuthenticationContext implements JiraAuthenticationContext, TimeZoneManager {
    static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    private final ThreadLocal<DoubleUser> loggedIn = new ThreadLocal<>();

    public void logIn(DoubleUser user) {
        loggedIn.set(user);
    }

    public void logOut() {
        loggedIn.remove();
    }

    @Override
    public ApplicationUser getLoggedInUser() {
        return loggedIn.get();
    }

    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }

    @Override
    public TimeZone getUserTimeZone() {
        DoubleUser user = loggedIn.get();
        return TimeZone.getTimeZone(user == null ? DEFAULT_ZONE : user.timeZone());
    }

    @Override
    public TimeZone getDefaultTimeZone() {
        return TimeZone.getTimeZone(DEFAULT_ZONE);
    }
}
