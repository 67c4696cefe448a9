package dev.postmortems.jira.service;

import java.time.ZoneId;

/** Port: the time zone Jira's administrators set for the whole site, in which the app counts follow-up days. */
public interface SiteTimeZone {
    ZoneId defaultZone();
}
