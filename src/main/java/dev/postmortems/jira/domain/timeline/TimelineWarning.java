package dev.postmortems.jira.domain.timeline;

/**
 * Something in the key moments that cannot all be true, shown so the team can correct the facts.
 *
 * @param kind  what is wrong
 * @param first the moment in question
 * @param other the moment it contradicts; the same as {@code first} for a duplicate
 */
public record TimelineWarning(Kind kind, TimelineTag first, TimelineTag other) {
    public enum Kind {
        /** The same key moment is tagged on more than one entry. */
        DUPLICATE,
        /** A moment is dated before one that must come first, e.g. resolved before detected. */
        OUT_OF_ORDER
    }

    static TimelineWarning duplicate(TimelineTag tag) {
        return new TimelineWarning(Kind.DUPLICATE, tag, tag);
    }

    static TimelineWarning outOfOrder(TimelineTag later, TimelineTag earlier) {
        return new TimelineWarning(Kind.OUT_OF_ORDER, later, earlier);
    }
}
