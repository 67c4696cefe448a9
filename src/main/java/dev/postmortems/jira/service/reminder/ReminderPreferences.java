package dev.postmortems.jira.service.reminder;

import java.util.Optional;

/** Port: what Jira administrators chose for the reminders, shared by every node. */
public interface ReminderPreferences {
    /** How far ahead the pre-due reminder looks; 0 (the default) turns it off. */
    int MAX_DAYS_BEFORE_DUE = 30;

    /**
     * The username reminders are written as (a bot account, say); empty until an administrator chooses one, and then
     * reminders are written with no author, which Jira shows as Anonymous and which still notifies the assignee.
     */
    Optional<String> author();

    int daysBeforeDue();

    void save(Optional<String> author, int daysBeforeDue);
}
