package dev.postmortems.jira.service;

import java.time.ZoneId;
import java.util.Locale;

/** Port: the person the app is answering, as far as showing them dates and words goes. */
public interface Viewer {
    /** Their time zone in Jira's profile, or Jira's default zone. */
    ZoneId timeZone();

    Locale locale();
}
