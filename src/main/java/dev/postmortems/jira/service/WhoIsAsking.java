package dev.postmortems.jira.service;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** Port: who is asking — the logged-in Jira user (none when anonymous), their time zone and language, and rank. */
public interface WhoIsAsking {
    Optional<String> username();

    /** The time zone the person reads times in (Jira's default zone for the anonymous). */
    ZoneId timeZone();

    Locale locale();

    /** Whether the person is a Jira administrator. */
    boolean isAdmin();
}
