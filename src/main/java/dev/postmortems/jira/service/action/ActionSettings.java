package dev.postmortems.jira.service.action;

/** Port: the per-project defaults for actions. */
public interface ActionSettings {
    ActionDefaults defaultsFor(String projectKey);

    void save(String projectKey, ActionDefaults defaults);
}
