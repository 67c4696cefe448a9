package dev.postmortems.jira.service;

import java.util.Optional;

/** Port: Jira's projects and who may do what in them — the one place every feature asks. */
public interface Projects {
    /** The project with that key; one the current user may not browse is answered like one that does not exist. */
    Optional<TargetProject> project(String projectKey);

    /** The project an issue is in, whoever asks. */
    Optional<TargetProject> projectOf(long issueId);

    /** The projects the current user may browse, by key: where new action tickets may be sent. */
    java.util.List<TargetProject> browsable();

    /** Whether the current user may create issues in the project. */
    boolean canCreateIn(TargetProject project);

    /** Whether the current user administers the project (Jira's Administer Projects permission). */
    boolean canAdminister(TargetProject project);

    /** The Jira user with this username, if there is one. */
    Optional<Person> person(String username);

    /** Whether a user with this username exists and may be assigned issues in the project. */
    boolean isAssignable(String username, TargetProject project);

    /** Whether a user with this username exists and may browse the project. */
    boolean canBrowse(String username, TargetProject project);
}
