package dev.postmortems.jira.service.team;

/** Port: goes through a project's issues again, in the background, after its policy changed. */
public interface PolicyScans {
    void scanSoon(String projectKey);
}
