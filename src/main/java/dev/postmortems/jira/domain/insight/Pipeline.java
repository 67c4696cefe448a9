package dev.postmortems.jira.domain.insight;

import dev.postmortems.jira.domain.followup.FollowUpCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a project's postmortem practice has in front of it: the open postmortems by age and by due date, the incidents
 * still waiting for one, the reviews overdue or due in the coming weeks, and the postmortems whose problem came back
 * while actions of theirs are still open. Overdue and due soon are {@link FollowUpCalendar}'s, as in every panel.
 */
public final class Pipeline {
    /** Days ahead a review counts as coming up. */
    public static final int REVIEWS_AHEAD_DAYS = 30;
    /** Days ahead an open postmortem counts as due this week. */
    public static final int DUE_SOON_DAYS = 7;

    /** How long ago an open postmortem was created. */
    public enum Age implements AgeBand {
        UNDER_7_DAYS(0), UNDER_28_DAYS(7), FROM_28_DAYS(28);

        private final int fromDays;

        Age(int fromDays) {
            this.fromDays = fromDays;
        }

        @Override
        public int fromDays() {
            return fromDays;
        }
    }

    /** Where an open postmortem stands against its due date. */
    public enum Due implements InsightKey {
        OVERDUE, DUE_SOON, LATER, NO_DUE_DATE
    }

    /** An open postmortem: when it was created, when it is due. */
    public record OpenPostmortem(long issueId, Optional<Instant> createdAt, Optional<LocalDate> due) {
    }

    /** A review ticket not yet resolved, and its due date. */
    public record OpenReview(long ticketId, Optional<LocalDate> due) {
    }

    private final Map<Age, List<Long>> byAge;
    private final Map<Due, List<Long>> byDue;
    private final List<Long> incidentsWaiting;
    private final List<Long> reviewsOverdue;
    private final List<Long> reviewsComingUp;
    private final List<Long> recurredWithOpenActions;

    private Pipeline(Map<Age, List<Long>> byAge, Map<Due, List<Long>> byDue, List<Long> incidentsWaiting, List<Long> reviewsOverdue,
                     List<Long> reviewsComingUp, List<Long> recurredWithOpenActions) {
        this.byAge = byAge;
        this.byDue = byDue;
        this.incidentsWaiting = incidentsWaiting;
        this.reviewsOverdue = reviewsOverdue;
        this.reviewsComingUp = reviewsComingUp;
        this.recurredWithOpenActions = recurredWithOpenActions;
    }

    /**
     * @param open      the project's open postmortems
     * @param waiting   the incidents its policy asks a postmortem for that have none
     * @param reviews   the open review tickets of its postmortems
     * @param recurred  its postmortems whose problem came back
     * @param withOpenActions its postmortems with an action ticket still open
     * @param today     today, as follow-ups count it
     */
    public static Pipeline of(List<OpenPostmortem> open, List<Long> waiting, List<OpenReview> reviews, java.util.Collection<Long> recurred,
                              java.util.Collection<Long> withOpenActions, LocalDate today, ZoneId zone) {
        List<OpenPostmortem> sorted = open.stream().sorted(Comparator.comparingLong(OpenPostmortem::issueId)).toList();
        Map<Age, List<Long>> byAge = new EnumMap<>(Age.class);
        for (Age age : Age.values()) {
            byAge.put(age, ids(sorted, postmortem -> postmortem.createdAt()
                    .map(at -> AgeBand.at(Age.values(), at, today, zone) == age).orElse(false)));
        }
        Map<Due, List<Long>> byDue = new EnumMap<>(Due.class);
        for (Due due : Due.values()) {
            byDue.put(due, ids(sorted, postmortem -> dueOf(postmortem.due(), today) == due));
        }
        List<OpenReview> reviewsInOrder = reviews.stream().sorted(Comparator.comparingLong(OpenReview::ticketId)).toList();
        return new Pipeline(Map.copyOf(byAge), Map.copyOf(byDue), waiting.stream().sorted().toList(),
                reviewsInOrder.stream().filter(review -> FollowUpCalendar.isOverdue(review.due(), false, today)).map(OpenReview::ticketId).toList(),
                reviewsInOrder.stream().filter(review -> FollowUpCalendar.isDueSoon(review.due(), false, today, REVIEWS_AHEAD_DAYS))
                        .map(OpenReview::ticketId).toList(),
                recurred.stream().filter(withOpenActions::contains).sorted().distinct().toList());
    }

    private static Due dueOf(Optional<LocalDate> due, LocalDate today) {
        if (due.isEmpty()) {
            return Due.NO_DUE_DATE;
        }
        if (FollowUpCalendar.isOverdue(due, false, today)) {
            return Due.OVERDUE;
        }
        return FollowUpCalendar.isDueSoon(due, false, today, DUE_SOON_DAYS) ? Due.DUE_SOON : Due.LATER;
    }

    /** The open postmortems created that long ago; one whose creation is not known is in none. */
    public List<Long> openAged(Age age) {
        return byAge.get(age);
    }

    public List<Long> open(Due due) {
        return byDue.get(due);
    }

    public List<Long> incidentsWaiting() {
        return incidentsWaiting;
    }

    public List<Long> reviewsOverdue() {
        return reviewsOverdue;
    }

    /** Reviews due from today to {@value #REVIEWS_AHEAD_DAYS} days ahead. */
    public List<Long> reviewsComingUp() {
        return reviewsComingUp;
    }

    public List<Long> recurredWithOpenActions() {
        return recurredWithOpenActions;
    }

    private static List<Long> ids(List<OpenPostmortem> postmortems, Predicate<OpenPostmortem> wanted) {
        return postmortems.stream().filter(wanted).map(OpenPostmortem::issueId).toList();
    }
}
