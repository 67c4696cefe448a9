package dev.postmortems.jira.domain.cause;

import java.util.Locale;

/** Why a change to the list of cause categories, or to a root cause's category, cannot be made as asked. */
public enum CategoryProblem {
    NAME_MISSING,
    NAME_TOO_LONG,
    /** Names are compared ignoring case: two "Change" categories would split one cause in two. */
    NAME_TAKEN,
    /** Root causes are sorted into it: deleting it would lose what the teams decided. */
    IN_USE,
    /** Root causes need somewhere to go. */
    LAST_ONE,
    ORDER_INVALID,
    UNKNOWN_CATEGORY,
    /** Only a marked root cause is sorted into a category. */
    NO_ROOT_CAUSE,
    UNKNOWN_COMPONENT;

    /** For i18n keys: {@code postmortems.cause.problem.<code>}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
