package dev.postmortems.jira.domain.readiness;

/** What a postmortem needs before its meeting ends, in the order the facilitator goes through them. */
public enum ReadinessRule {
    /** The meeting is on the calendar: "the team blocks an hour or two", soon after the incident. */
    MEETING_SCHEDULED("meeting-scheduled"),
    /** The timeline says when the incident was detected and when it was resolved. */
    TIMELINE_MOMENTS("timeline-moments"),
    /** There is at least one cause, and every why-chain goes down to a root cause. */
    ROOT_CAUSES("root-causes"),
    /** Every root cause is addressed by an action ticket. */
    ROOT_CAUSES_TREATED("root-causes-treated"),
    /** There is at least one action, and every action ticket has an owner. */
    ACTION_OWNERS("action-owners"),
    /** A follow-up review is scheduled. */
    REVIEW_SCHEDULED("review-scheduled");

    private final String key;

    ReadinessRule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /**
     * Whether an item of this rule keeps the postmortem from being closed (the workflow validator asks). Only two
     * do: an action ticket without an owner (a postmortem with no actions yet is not blocked for it) and a follow-up
     * review not scheduled; the other items advise.
     */
    public boolean blocksClosing(boolean met, java.util.List<String> missing) {
        return switch (this) {
            case ACTION_OWNERS -> !missing.isEmpty();
            case REVIEW_SCHEDULED -> !met;
            default -> false;
        };
    }
}
