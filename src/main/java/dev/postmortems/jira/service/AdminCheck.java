package dev.postmortems.jira.service;

/** Port: whether the current user administers Jira. */
public interface AdminCheck {
    boolean isAdmin();
}
