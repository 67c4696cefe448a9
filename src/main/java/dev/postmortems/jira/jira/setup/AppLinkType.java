package dev.postmortems.jira.jira.setup;

/**
 * The issue link types the app adds to Jira. The postmortem is always the source (outward side) of the link:
 * "OPS-12 has action OPS-20", "OPS-12 is reviewed by OPS-30", "OPS-12 is postmortem of OPS-7", "OPS-12 recurs in OPS-40".
 */
public enum AppLinkType {
    ACTION("Postmortem Action", "has action", "is action of"),
    REVIEW("Postmortem Review", "is reviewed by", "reviews"),
    POSTMORTEM("Postmortem", "is postmortem of", "has postmortem"),
    /** The problem came back: "OPS-12 recurs in OPS-40", the new incident "is recurrence of" the postmortem. */
    RECURRENCE("Postmortem Recurrence", "recurs in", "is recurrence of");

    private final String defaultName;
    private final String outward;
    private final String inward;

    AppLinkType(String defaultName, String outward, String inward) {
        this.defaultName = defaultName;
        this.outward = outward;
        this.inward = inward;
    }

    public String defaultName() {
        return defaultName;
    }

    public String outward() {
        return outward;
    }

    public String inward() {
        return inward;
    }
}
