package dev.postmortems.jira.domain.cause;

import org.junit.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class CauseCatalogueTest {
    private final CauseCatalogue catalogue = new CauseCatalogue(List.of(new CauseCategory(3, "process", 2),
            new CauseCategory(1, "change", 0), new CauseCategory(2, "Capacity/Scale", 1)));

    @Test
    public void categoriesAreInTheirOrderAndFoundByNameIgnoringCaseAndBlanks() {
        assertEquals(List.of("change", "Capacity/Scale", "process"), catalogue.categories().stream().map(CauseCategory::name).toList());
        assertEquals(Optional.of(2L), catalogue.named("  capacity/SCALE ").map(CauseCategory::id));
        assertEquals(Optional.empty(), catalogue.named("hardware"));
        assertEquals(Optional.empty(), catalogue.named(null));
    }

    @Test
    public void aNameIsRequiredBoundedAndUnique_butACategoryMayKeepItsOwnName() {
        assertEquals(Optional.of(CategoryProblem.NAME_MISSING), catalogue.problemNaming(" \t", OptionalLong.empty()));
        assertEquals(Optional.of(CategoryProblem.NAME_MISSING), catalogue.problemNaming(null, OptionalLong.empty()));
        assertEquals(Optional.of(CategoryProblem.NAME_TOO_LONG), catalogue.problemNaming("x".repeat(61), OptionalLong.empty()));
        assertEquals(Optional.empty(), catalogue.problemNaming(" " + "x".repeat(60) + " ", OptionalLong.empty()));
        assertEquals(Optional.of(CategoryProblem.NAME_TAKEN), catalogue.problemNaming("CHANGE", OptionalLong.empty()));
        assertEquals(Optional.of(CategoryProblem.NAME_TAKEN), catalogue.problemNaming("change", OptionalLong.of(3)));
        assertEquals("renaming to its own name in another case", Optional.empty(), catalogue.problemNaming("Change", OptionalLong.of(1)));
    }

    @Test
    public void onlyAnUnusedCategoryThatIsNotTheLastIsDeleted() {
        assertEquals(Optional.of(CategoryProblem.IN_USE), catalogue.problemDeleting(1, true));
        assertEquals(Optional.empty(), catalogue.problemDeleting(1, false));
        assertEquals(Optional.of(CategoryProblem.UNKNOWN_CATEGORY), catalogue.problemDeleting(9, false));
        CauseCatalogue last = new CauseCatalogue(List.of(new CauseCategory(1, "unknown", 0)));
        assertEquals(Optional.of(CategoryProblem.LAST_ONE), last.problemDeleting(1, false));
    }

    @Test
    public void aNewOrderNamesEveryCategoryExactlyOnce() {
        assertTrue(catalogue.isOrder(List.of(3L, 1L, 2L)));
        assertFalse(catalogue.isOrder(List.of(3L, 1L)));
        assertFalse(catalogue.isOrder(List.of(3L, 1L, 1L)));
        assertFalse(catalogue.isOrder(List.of(3L, 1L, 2L, 4L)));
        assertFalse(catalogue.isOrder(null));
    }

    @Test
    public void theSeededListIsTheOneThePracticeNames() {
        assertEquals(List.of("change", "code defect", "capacity/scale", "configuration", "dependency", "detection/monitoring",
                "process", "unknown"), CauseCatalogue.SEEDED);
    }

    @Test
    public void twoRootCausesAreTheSameCauseOnlyWithTheSameCategoryAndComponent() {
        RootCauseCategory searchChange = new RootCauseCategory(1, Optional.of(new RootCauseCategory.CauseComponent(7, "Search")));
        RootCauseCategory renamedSearch = new RootCauseCategory(1, Optional.of(new RootCauseCategory.CauseComponent(7, "Find")));
        RootCauseCategory otherComponent = new RootCauseCategory(1, Optional.of(new RootCauseCategory.CauseComponent(8, "Search")));
        RootCauseCategory noComponent = new RootCauseCategory(1, Optional.empty());
        assertTrue("the component is the same whatever its name now", searchChange.sameCauseAs(renamedSearch));
        assertFalse(searchChange.sameCauseAs(otherComponent));
        assertFalse(searchChange.sameCauseAs(noComponent));
        assertFalse(noComponent.sameCauseAs(noComponent));
        assertFalse(searchChange.sameCauseAs(new RootCauseCategory(2, searchChange.component())));
    }
}
