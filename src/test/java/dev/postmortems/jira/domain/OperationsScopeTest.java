package dev.postmortems.jira.domain;

import org.junit.Test;

import java.util.Set;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class OperationsScopeTest {
    @Test
    public void everyIssueUntilNarrowed() {
        assertTrue(OperationsScope.onEveryIssue().covers("ANY", "Story"));
        assertTrue(OperationsScope.onEveryIssue().covers(null, null));
    }

    @Test
    public void aNarrowedScopeCoversTheChosenProjectsAndTypesAndAnEmptyChoiceMeansAny() {
        OperationsScope incidentsInOps = new OperationsScope(false, Set.of("ops"), Set.of("Incident"));
        assertTrue(incidentsInOps.covers("OPS", "incident"));
        assertFalse(incidentsInOps.covers("OPS", "Story"));
        assertFalse(incidentsInOps.covers("DEV", "Incident"));

        OperationsScope anyBugs = new OperationsScope(false, Set.of(), Set.of("Bug"));
        assertTrue(anyBugs.covers("DEV", "Bug"));
        assertFalse(anyBugs.covers("DEV", "Task"));
    }

    @Test
    public void aNarrowedScopeMustNameSomething() {
        assertFalse(new OperationsScope(false, Set.of(), Set.of()).isValid());
        assertTrue(new OperationsScope(false, Set.of("OPS"), Set.of()).isValid());
    }
}
