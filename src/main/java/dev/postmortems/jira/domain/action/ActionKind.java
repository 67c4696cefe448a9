package dev.postmortems.jira.domain.action;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Corrective actions remove a root cause; preventative actions stop similar problems elsewhere. */
public enum ActionKind {
    CORRECTIVE,
    PREVENTATIVE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActionKind> fromKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
    }
}
