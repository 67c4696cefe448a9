package dev.postmortems.jira.service.blameless;

import dev.postmortems.jira.domain.blameless.People;

/** Port: the Jira users who can see a postmortem, for the blameless check to recognise their names. */
public interface PeopleDirectory {
    People whoCanSee(long issueId);
}
