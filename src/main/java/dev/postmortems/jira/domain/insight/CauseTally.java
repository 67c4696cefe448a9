package dev.postmortems.jira.domain.insight;

import dev.postmortems.jira.domain.action.RootCauseFix;
import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.cause.CauseCategory;
import dev.postmortems.jira.domain.cause.SortedRootCause;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which causes keep coming back: for each cause category, the root causes of a period sorted into it, those of them
 * seen before in an earlier postmortem (same category and component), and the fixes for them judged not effective.
 * Categories with the most root causes first, then in the list's order; a category with none in the period is left out.
 */
public final class CauseTally {
    private CauseTally() {
    }

    /** One category's count. */
    public record Row(CauseCategory category, List<SortedRootCause> rootCauses, List<SortedRootCause> seenBefore,
                      List<RootCauseFix> notEffective) {
        public Row {
            rootCauses = List.copyOf(rootCauses);
            seenBefore = List.copyOf(seenBefore);
            notEffective = List.copyOf(notEffective);
        }

        /** The postmortems of the period with a root cause in the category, in issue order. */
        public List<Long> postmortems() {
            return rootCauses.stream().map(SortedRootCause::issueId).distinct().sorted().toList();
        }
    }

    /**
     * @param period       the root causes of the period's postmortems
     * @param earlier      the root causes they may have been seen before in
     * @param notEffective the actions judged not effective; those addressing a root cause of the period count
     */
    public static List<Row> of(CauseCatalogue catalogue, List<SortedRootCause> period, List<SortedRootCause> earlier,
                               List<RootCauseFix> notEffective) {
        // Seen before in some earlier root cause if and only if in the earliest of the same cause.
        Map<List<Long>, SortedRootCause> earliest = new HashMap<>();
        earlier.forEach(cause -> cause.category().cause().ifPresent(key -> earliest.merge(key, cause,
                (one, other) -> one.issueId() <= other.issueId() ? one : other)));
        List<Row> rows = new ArrayList<>();
        for (CauseCategory category : catalogue.categories()) {
            List<SortedRootCause> mine = period.stream().filter(cause -> cause.category().categoryId() == category.id()).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Set<Long> chains = mine.stream().map(SortedRootCause::chainId).collect(Collectors.toSet());
            rows.add(new Row(category, mine,
                    mine.stream().filter(cause -> cause.category().cause().map(earliest::get).filter(cause::seenBeforeIn).isPresent())
                            .toList(),
                    notEffective.stream().filter(fix -> chains.contains(fix.chainId())).toList()));
        }
        rows.sort(Comparator.comparingInt((Row row) -> row.rootCauses().size()).reversed());
        return rows;
    }

    /** The root causes among {@code all} that one of {@code period} was seen before in; linear in both. */
    public static List<SortedRootCause> earlierOnes(List<SortedRootCause> period, List<SortedRootCause> all) {
        // Seen before in a candidate by some root cause of the period if and only if by the latest of the same cause.
        Map<List<Long>, SortedRootCause> latest = new HashMap<>();
        period.forEach(cause -> cause.category().cause().ifPresent(key -> latest.merge(key, cause,
                (one, other) -> one.issueId() >= other.issueId() ? one : other)));
        return all.stream().filter(candidate -> candidate.category().cause().map(latest::get)
                .filter(cause -> cause.seenBeforeIn(candidate)).isPresent()).toList();
    }
}
