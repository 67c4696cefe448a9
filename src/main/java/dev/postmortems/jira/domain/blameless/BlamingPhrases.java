package dev.postmortems.jira.domain.blameless;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that blame people. The default list is English and German, the app's languages; admins add their own
 * (any language). Each phrase
 * matches whole words only, whatever the letter case, so "blame" never fires inside "blameless".
 */
public final class BlamingPhrases {
    public static final List<String> DEFAULTS = List.of(
            "human error", "user error", "operator error", "pilot error",
            "forgot to", "forgot", "forgotten",
            "careless", "carelessly", "carelessness", "sloppy", "lazy", "negligent", "negligence",
            "incompetent", "incompetence", "stupid", "dumb mistake",
            "should have known", "should have checked", "should have noticed", "should have caught",
            "failed to notice", "did not bother", "didn't bother", "not paying attention",
            "was to blame", "is to blame", "to blame", "blamed", "blame",
            "his fault", "her fault", "their fault",
            // German, the app's second language
            "menschliches versagen", "menschlicher fehler", "bedienfehler", "vergessen", "vergass", "verga\u00df",
            "nachl\u00e4ssig", "nachl\u00e4ssigkeit", "schlampig", "schlamperei", "fahrl\u00e4ssig", "fahrl\u00e4ssigkeit",
            "inkompetent", "inkompetenz", "h\u00e4tte wissen m\u00fcssen", "h\u00e4tte pr\u00fcfen m\u00fcssen",
            "h\u00e4tte merken m\u00fcssen", "nicht aufgepasst", "ist schuld", "war schuld", "seine schuld", "ihre schuld",
            "schuld");
    /**
     * "Max's fault", "the intern's fault": a possessive before "fault". It starts only where a word starts, so a
     * long "x-x-x-…" is scanned once rather than once from every piece.
     */
    private static final Pattern POSSESSIVE_FAULT = Pattern.compile("(?<![\\p{L}\\p{N}_'’-])\\p{L}[\\p{L}\\p{N}_-]*['’]s\\s+fault\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final List<Pattern> patterns;

    private BlamingPhrases(Collection<String> phrases) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String phrase : phrases) {
            if (phrase != null && !phrase.isBlank()) {
                distinct.add(phrase.strip().toLowerCase(Locale.ROOT));
            }
        }
        // One pass for every phrase: an alternation, longest phrase first, so that where two phrases start at the
        // same word ("forgot to", "forgot") the longer is found. Adding phrases adds alternatives, not passes.
        List<String> longestFirst = new ArrayList<>(distinct);
        longestFirst.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String phrase : longestFirst) {
            alternatives.append(alternatives.length() == 0 ? "" : "|")
                    .append(Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"));
        }
        List<Pattern> compiled = new ArrayList<>();
        if (alternatives.length() > 0) {
            compiled.add(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        compiled.add(POSSESSIVE_FAULT);
        this.patterns = List.copyOf(compiled);
    }

    public static BlamingPhrases defaults() {
        return new BlamingPhrases(DEFAULTS);
    }

    /** The default list plus the admins' own phrases. */
    public static BlamingPhrases withExtra(Collection<String> extra) {
        List<String> all = new ArrayList<>(DEFAULTS);
        all.addAll(extra);
        return new BlamingPhrases(all);
    }

    List<BlamelessFinding> find(String text) {
        List<BlamelessFinding> found = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(new BlamelessFinding(BlamelessFinding.Kind.PHRASE, matcher.start(), matcher.end(), matcher.group()));
            }
        }
        return found;
    }
}
