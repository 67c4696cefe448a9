package com.atlassian.sal.api.timezone;

import java.util.TimeZone;

/**
 * Stand-in (compile only). SAL's product-neutral time zone service: {@code getUserTimeZone()} and
 * {@code getDefaultTimeZone()} as implemented by Confluence (4.x–5.x) and Bamboo (5.x–8.x) javadoc.
 */
public interface TimeZoneManager {
    /** The logged-in user's zone, or the default zone for anonymous users. */
    TimeZone getUserTimeZone();

    TimeZone getDefaultTimeZone();
}
