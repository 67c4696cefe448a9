package dev.postmortems.jira.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import dev.postmortems.jira.service.Viewer;

import java.time.ZoneId;
import java.util.Locale;

/** The logged-in user's time zone and language, as set in their Jira profile. */
public final class JiraViewer implements Viewer {
    private final TimeZoneManager timeZoneManager;
    private final JiraAuthenticationContext authenticationContext;

    public JiraViewer(TimeZoneManager timeZoneManager, JiraAuthenticationContext authenticationContext) {
        this.timeZoneManager = timeZoneManager;
        this.authenticationContext = authenticationContext;
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
}
