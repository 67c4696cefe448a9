package dev.postmortems.jira.service.team;

import dev.postmortems.jira.domain.team.Meeting;

import java.util.Optional;

/** Port: each postmortem's meeting; callers hold the postmortem's edit lock to write. */
public interface MeetingStore {
    Optional<Meeting> meetingOf(long postmortemId);

    /** Writes the meeting, replacing the postmortem's earlier version. */
    void save(long postmortemId, Meeting meeting);

    int deleteAllOf(long issueId);
}
