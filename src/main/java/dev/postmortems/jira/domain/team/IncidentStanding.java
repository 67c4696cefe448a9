package dev.postmortems.jira.domain.team;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an incident stands with its postmortem. Decided here once; the notice on the incident, the JQL functions
 * {@code incidentsWithoutPostmortem()} and {@code waivedPostmortems()} (through the stored standing) and the REST
 * answers all read it.
 */
public enum IncidentStanding {
    /** Its project's policy does not ask for a postmortem, and nobody waived one. */
    NOT_REQUIRED("not-required"),
    /** The policy asks for a postmortem and there is none yet, nor a waiver. */
    NEEDED("needed"),
    /** A postmortem was started from it: nothing is owed, whatever the policy says. */
    STARTED("started"),
    /** Someone decided, with a reason, that it needs no postmortem. */
    WAIVED("waived");

    private final String key;

    IncidentStanding(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** A started postmortem settles the incident; a waiver stands until it is withdrawn; then the policy decides. */
    public static IncidentStanding of(boolean required, boolean started, boolean waived) {
        if (started) {
            return STARTED;
        }
        if (waived) {
            return WAIVED;
        }
        return required ? NEEDED : NOT_REQUIRED;
    }

    public static Optional<IncidentStanding> fromKey(String key) {
        return Arrays.stream(values()).filter(standing -> standing.key.equals(key)).findFirst();
    }
}
