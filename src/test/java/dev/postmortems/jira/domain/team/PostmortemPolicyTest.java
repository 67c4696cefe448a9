package dev.postmortems.jira.domain.team;

import org.junit.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Which incidents a project's policy asks a postmortem for, where they stand, and what a waiver's reason must be. */
public class PostmortemPolicyTest {
    private final PostmortemPolicy critical = new PostmortemPolicy(Set.of("Incident"), Set.of("Highest", "High"));

    @Test
    public void asksForIncidentsOfTheChosenTypesAndPriorities() {
        assertTrue(critical.requires("Incident", Optional.of("Highest")));
        assertTrue(critical.requires("incident", Optional.of("HIGH")));
        assertFalse(critical.requires("Incident", Optional.of("Medium")));
        assertFalse(critical.requires("Incident", Optional.empty()));
        assertFalse(critical.requires("Bug", Optional.of("Highest")));
    }

    @Test
    public void noPriorityChosenMeansAnyPriorityAndNoTypeMeansNothing() {
        PostmortemPolicy anyPriority = new PostmortemPolicy(Set.of("Incident", "Bug"), Set.of());
        assertTrue(anyPriority.requires("Bug", Optional.empty()));
        assertTrue(anyPriority.requires("Incident", Optional.of("Low")));
        assertFalse(anyPriority.requires("Task", Optional.of("Highest")));

        assertFalse(PostmortemPolicy.NONE.isActive());
        assertFalse(PostmortemPolicy.NONE.requires("Incident", Optional.of("Highest")));
        assertFalse(new PostmortemPolicy(Set.of(), Set.of("Highest")).requires("Incident", Optional.of("Highest")));
        assertTrue(critical.isActive());
    }

    @Test
    public void aStartedPostmortemSettlesTheIncidentAndAWaiverStandsUntilWithdrawn() {
        assertEquals(IncidentStanding.NEEDED, IncidentStanding.of(true, false, false));
        assertEquals(IncidentStanding.NOT_REQUIRED, IncidentStanding.of(false, false, false));
        assertEquals(IncidentStanding.WAIVED, IncidentStanding.of(true, false, true));
        // The policy changed after the waiver: it still says who decided what.
        assertEquals(IncidentStanding.WAIVED, IncidentStanding.of(false, false, true));
        // Started after all, waived or not: nothing is owed.
        assertEquals(IncidentStanding.STARTED, IncidentStanding.of(true, true, true));
        assertEquals(IncidentStanding.STARTED, IncidentStanding.of(false, true, false));
        for (IncidentStanding standing : IncidentStanding.values()) {
            assertEquals(Optional.of(standing), IncidentStanding.fromKey(standing.key()));
        }
        assertEquals(Optional.empty(), IncidentStanding.fromKey("archived"));
    }

    @Test
    public void aWaiverNeedsAReasonOfBoundedLength() {
        assertEquals(Optional.of("reason-required"), Waiver.problemWith(null));
        assertEquals(Optional.of("reason-required"), Waiver.problemWith(" \n\t "));
        assertEquals(Optional.of("reason-too-long"), Waiver.problemWith("x".repeat(Waiver.MAX_REASON + 1)));
        assertEquals(Optional.empty(), Waiver.problemWith("  " + "x".repeat(Waiver.MAX_REASON) + "  "));
        assertEquals(Optional.empty(), Waiver.problemWith("Customer-side outage; their postmortem covers it"));
        assertEquals("reason", new Waiver("reason", "erin", Instant.EPOCH).reason());
    }
}
