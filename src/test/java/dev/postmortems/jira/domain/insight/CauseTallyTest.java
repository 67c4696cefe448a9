package dev.postmortems.jira.domain.insight;

import dev.postmortems.jira.domain.action.RootCauseFix;
import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.cause.CauseCategory;
import dev.postmortems.jira.domain.cause.RootCauseCategory;
import dev.postmortems.jira.domain.cause.SortedRootCause;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class CauseTallyTest {
    private static final CauseCatalogue CATALOGUE = new CauseCatalogue(List.of(new CauseCategory(1, "change", 0),
            new CauseCategory(2, "capacity/scale", 1), new CauseCategory(3, "process", 2)));
    private static final RootCauseCategory CHANGE_SEARCH = cause(1, 70L);
    private static final RootCauseCategory CAPACITY_SEARCH = cause(2, 70L);

    @Test
    public void theMostFrequentCategoryComesFirstWithWhatWasSeenBeforeAndTheFixesNotEffective() {
        SortedRootCause oldChange = new SortedRootCause(10, 100, CHANGE_SEARCH);
        SortedRootCause change1 = new SortedRootCause(20, 200, CHANGE_SEARCH);
        SortedRootCause capacity1 = new SortedRootCause(21, 210, CAPACITY_SEARCH);
        SortedRootCause capacity2 = new SortedRootCause(22, 220, CAPACITY_SEARCH);
        SortedRootCause capacity3 = new SortedRootCause(22, 221, cause(2, null));
        List<SortedRootCause> period = List.of(change1, capacity1, capacity2, capacity3);
        List<SortedRootCause> all = List.of(oldChange, change1, capacity1, capacity2, capacity3);
        RootCauseFix notEffective = new RootCauseFix(900L, 220L);
        RootCauseFix elsewhere = new RootCauseFix(901L, 100L);

        List<SortedRootCause> earlier = CauseTally.earlierOnes(period, all);
        List<CauseTally.Row> rows = CauseTally.of(CATALOGUE, period, earlier, List.of(notEffective, elsewhere));

        assertEquals(List.of(oldChange, capacity1), earlier);
        assertEquals(List.of("capacity/scale", "change"), rows.stream().map(row -> row.category().name()).toList());
        CauseTally.Row capacity = rows.get(0);
        assertEquals(3, capacity.rootCauses().size());
        assertEquals(List.of(21L, 22L), capacity.postmortems());
        assertEquals("seen before in an earlier postmortem; one without a component never is", List.of(capacity2), capacity.seenBefore());
        assertEquals(List.of(notEffective), capacity.notEffective());
        assertEquals(List.of(change1), rows.get(1).seenBefore());
        assertEquals(List.of(), rows.get(1).notEffective());
    }

    @Test
    public void aCategoryWithNoRootCauseInThePeriodIsLeftOut() {
        assertEquals(List.of(), CauseTally.of(CATALOGUE, List.of(), List.of(), List.of()));
    }

    private static RootCauseCategory cause(long category, Long component) {
        return new RootCauseCategory(category, component == null ? Optional.empty()
                : Optional.of(new RootCauseCategory.CauseComponent(component, "Search")));
    }
}
