package dev.postmortems.jira.jira.setup;

/** What start-up did about one issue type or link type. */
enum SetupOutcome {
    /** The recorded type still exists; nothing was touched, whatever its name is now. */
    KEPT,
    /** Nothing was recorded, but a type with the default name existed and is now recorded as the app's. */
    ADOPTED,
    /** The type was missing and the app created it. */
    CREATED
}
