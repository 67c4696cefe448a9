package dev.postmortems.jira.service;

/** Port: the app's i18n texts ({@code i18n/postmortems.properties}) in the current person's language. */
public interface Messages {
    String text(String key, Object... arguments);
}
