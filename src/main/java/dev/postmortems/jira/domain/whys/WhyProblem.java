package dev.postmortems.jira.domain.whys;

import java.util.Locale;

/** Why a chain cannot be saved as given. */
public enum WhyProblem {
    PROBLEM_MISSING,
    PROBLEM_TOO_LONG,
    QUESTION_MISSING,
    QUESTION_TOO_LONG,
    ANSWER_TOO_LONG,
    /** A root cause is the last answer, so there must be one. */
    ROOT_CAUSE_WITHOUT_ANSWER,
    TOO_MANY_STEPS;

    /** Longest text of any field, in characters. */
    public static final int MAX_TEXT_LENGTH = 10_000;
    /** Far beyond five whys; a bound so one request cannot grow a chain without limit. */
    public static final int MAX_STEPS = 50;

    /** For i18n keys: {@code postmortems.whys.problem.<code>}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
