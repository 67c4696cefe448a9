package dev.postmortems.jira.service;

/** What a link the app makes says, from the postmortem's side. Each is one of the app's own link types in Jira. */
public enum LinkRole {
    /** The postmortem "has action" the ticket. */
    ACTION,
    /** The postmortem "is reviewed by" the follow-up review. */
    REVIEW,
    /** The postmortem "is postmortem of" the incident. */
    POSTMORTEM,
    /** The postmortem's problem "recurs in" the new incident. */
    RECURRENCE
}
