package dev.postmortems.jira.jira.setup;

/**
 * The issue types the app adds to Jira. The names are only the defaults used when the app creates a type:
 * once created, a type is known by the id recorded in {@link InstalledTypes}, so an admin may rename it.
 */
public enum AppIssueType {
    POSTMORTEM("Postmortem",
            "The blameless analysis of an incident: its timeline, its causes and the actions that follow.",
            "images/issuetypes/postmortem.png"),
    REVIEW("Postmortem Review",
            "A follow-up meeting that checks whether the actions of a postmortem were done and worked.",
            "images/issuetypes/postmortem-review.png");

    private final String defaultName;
    private final String description;
    private final String iconLocation;

    AppIssueType(String defaultName, String description, String iconLocation) {
        this.defaultName = defaultName;
        this.description = description;
        this.iconLocation = iconLocation;
    }

    public String defaultName() {
        return defaultName;
    }

    public String description() {
        return description;
    }

    /** Class-path location of the bundled PNG used as the issue type's avatar. */
    public String iconLocation() {
        return iconLocation;
    }
}
