package dev.postmortems.jira.jira;

import com.atlassian.sal.api.timezone.TimeZoneManager;
import dev.postmortems.jira.service.SiteTimeZone;

import java.time.ZoneId;

/** Jira's default time zone, as its administrators set it (SAL's time zone service). */
public final class SalSiteTimeZone implements SiteTimeZone {
    private final TimeZoneManager timeZoneManager;

    public SalSiteTimeZone(TimeZoneManager timeZoneManager) {
        this.timeZoneManager = timeZoneManager;
    }

    @Override
    public ZoneId defaultZone() {
        return timeZoneManager.getDefaultTimeZone().toZoneId();
    }
}
