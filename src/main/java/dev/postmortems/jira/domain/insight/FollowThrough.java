package dev.postmortems.jira.domain.insight;

import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionState;
import dev.postmortems.jira.domain.followup.FollowUpCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether the actions postmortems decide get done, and on time: per month, the actions decided and those done, and of
 * those done with a due date, how many by it; the open actions by age; the overdue ones by the project their ticket
 * is in; and corrective against preventative. Where an action stands is {@link ActionState}'s answer and whether it
 * was on time {@link FollowUpCalendar}'s, as in every panel. Months and days are counted in the site's time zone.
 */
public final class FollowThrough {
    /** How long an open action has been open, by when it was decided. */
    public enum Age implements AgeBand {
        UNDER_30_DAYS(0), UNDER_90_DAYS(30), UNDER_180_DAYS(90), FROM_180_DAYS(180);

        private final int fromDays;

        Age(int fromDays) {
            this.fromDays = fromDays;
        }

        @Override
        public int fromDays() {
            return fromDays;
        }
    }

    /**
     * An action ticket as the item counts it.
     *
     * @param projectKey the project its ticket is in
     * @param decidedAt  when the action was decided; empty for an older one not yet placed
     * @param doneAt     when its ticket was resolved
     * @param state      where it stands for the viewer; only open, overdue and done ones are given
     */
    public record Action(long ticketId, String projectKey, ActionKind kind, Optional<Instant> decidedAt, Optional<Instant> doneAt,
                         Optional<LocalDate> due, ActionState state) {
    }

    /** One month: the actions decided in it, done in it, and of those done with a due date, done by it. */
    public record Month(YearMonth month, List<Long> decided, List<Long> done, List<Long> doneWithDue, List<Long> doneByDue) {
        public Month {
            decided = List.copyOf(decided);
            done = List.copyOf(done);
            doneWithDue = List.copyOf(doneWithDue);
            doneByDue = List.copyOf(doneByDue);
        }
    }

    /** One kind's actions: decided and done within the months, open and overdue now. */
    public record Kind(ActionKind kind, List<Long> decided, List<Long> done, List<Long> open, List<Long> overdue) {
        public Kind {
            decided = List.copyOf(decided);
            done = List.copyOf(done);
            open = List.copyOf(open);
            overdue = List.copyOf(overdue);
        }
    }

    /** The overdue action tickets in one project. */
    public record ProjectOverdue(String projectKey, List<Long> overdue) {
        public ProjectOverdue {
            overdue = List.copyOf(overdue);
        }
    }

    private final List<Month> months;
    private final Map<Age, List<Long>> openByAge;
    private final List<ProjectOverdue> overdueByProject;
    private final List<Kind> kinds;

    private FollowThrough(List<Month> months, Map<Age, List<Long>> openByAge, List<ProjectOverdue> overdueByProject, List<Kind> kinds) {
        this.months = months;
        this.openByAge = openByAge;
        this.overdueByProject = overdueByProject;
        this.kinds = kinds;
    }

    /**
     * @param actions the actions, each in ticket order or not; those not open, overdue or done are left out
     * @param today   today, as follow-ups count it
     * @param count   how many months, ending with today's
     */
    public static FollowThrough of(List<Action> actions, LocalDate today, int count, ZoneId zone) {
        List<Action> counted = actions.stream()
                .filter(action -> action.state() == ActionState.OPEN || action.state() == ActionState.OVERDUE || action.state() == ActionState.DONE)
                .sorted(Comparator.comparingLong(Action::ticketId)).toList();
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(count - 1L);
        List<Month> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            YearMonth current = month;
            List<Action> done = counted.stream().filter(action -> action.state() == ActionState.DONE)
                    .filter(action -> action.doneAt().filter(at -> YearMonth.from(at.atZone(zone)).equals(current)).isPresent()).toList();
            List<Action> withDue = done.stream().filter(action -> action.due().isPresent()).toList();
            months.add(new Month(current, ids(counted, action -> in(action.decidedAt(), current, zone)), ids(done, action -> true),
                    ids(withDue, action -> true),
                    ids(withDue, action -> FollowUpCalendar.doneByDue(action.due(), action.doneAt().orElseThrow().atZone(zone).toLocalDate()))));
        }
        Map<Age, List<Long>> byAge = new EnumMap<>(Age.class);
        for (Age age : Age.values()) {
            byAge.put(age, ids(counted, action -> isOpen(action) && action.decidedAt()
                    .map(at -> AgeBand.at(Age.values(), at, today, zone) == age).orElse(false)));
        }
        Map<String, List<Long>> overdue = new LinkedHashMap<>();
        counted.stream().filter(action -> action.state() == ActionState.OVERDUE)
                .forEach(action -> overdue.computeIfAbsent(action.projectKey(), key -> new ArrayList<>()).add(action.ticketId()));
        List<ProjectOverdue> byProject = overdue.entrySet().stream().map(entry -> new ProjectOverdue(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt((ProjectOverdue project) -> -project.overdue().size()).thenComparing(ProjectOverdue::projectKey))
                .toList();
        List<Kind> kinds = new ArrayList<>();
        for (ActionKind kind : ActionKind.values()) {
            List<Action> ofKind = counted.stream().filter(action -> action.kind() == kind).toList();
            kinds.add(new Kind(kind,
                    ids(ofKind, action -> action.decidedAt().filter(at -> !YearMonth.from(at.atZone(zone)).isBefore(first)).isPresent()),
                    ids(ofKind, action -> action.state() == ActionState.DONE
                            && action.doneAt().filter(at -> !YearMonth.from(at.atZone(zone)).isBefore(first)).isPresent()),
                    ids(ofKind, FollowThrough::isOpen), ids(ofKind, action -> action.state() == ActionState.OVERDUE)));
        }
        return new FollowThrough(List.copyOf(months), Map.copyOf(byAge), byProject, List.copyOf(kinds));
    }

    /** The months, oldest first. */
    public List<Month> months() {
        return months;
    }

    /** The open actions (overdue ones included) by age; an older action not yet placed has no age and is in none. */
    public List<Long> openAged(Age age) {
        return openByAge.get(age);
    }

    /** The projects with overdue action tickets, the most first, then by key. */
    public List<ProjectOverdue> overdueByProject() {
        return overdueByProject;
    }

    /** Each kind, in {@link ActionKind}'s order. */
    public List<Kind> kinds() {
        return kinds;
    }

    private static boolean isOpen(Action action) {
        return action.state() == ActionState.OPEN || action.state() == ActionState.OVERDUE;
    }

    private static boolean in(Optional<Instant> at, YearMonth month, ZoneId zone) {
        return at.filter(moment -> YearMonth.from(moment.atZone(zone)).equals(month)).isPresent();
    }

    private static List<Long> ids(List<Action> actions, Predicate<Action> wanted) {
        return actions.stream().filter(wanted).map(Action::ticketId).toList();
    }
}
