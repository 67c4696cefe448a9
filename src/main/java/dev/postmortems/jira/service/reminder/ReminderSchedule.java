package dev.postmortems.jira.service.reminder;

/** Port: how often the overdue reminders run, kept in Jira and applied to the cluster's scheduler. */
public interface ReminderSchedule {
    int MIN_HOURS = 1;
    int MAX_HOURS = 168;

    int intervalHours();

    /** Saves the interval and schedules the job with it; every node's scheduler shares the one job. */
    void reschedule(int hours);
}
