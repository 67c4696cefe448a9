package dev.postmortems.jira.domain.blameless;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words in a cause, a why or an action that point at a person: a Jira user's full name, an @mention,
 * a distinctive username, or a blaming phrase. It only warns; nothing is ever blocked or rewritten. The timeline
 * is exempt: names belong there.
 *
 * <p>How it avoids ordinary words: names are looked for only in capitalised words ("Max Müller", "Priya"), so
 * "max connections" never matches a user called Max; a single capitalised word at the start of a sentence is
 * not taken for a name ("Max connections were exhausted"); and a username counts only after @, in
 * {@code [~…]}, or when it cannot be an ordinary word because it holds a digit, dot, underscore or hyphen
 * ("j.smith", "ops_bot2").
 *
 * <p>Why its work stays linear in the text's length, whatever the text: every pattern may start only where a
 * word starts (never inside "x-x-x-…" or "Ab-Ab-…", where starting at each piece would rescan the rest of the
 * word each time), runs of capitalised words are grouped here rather than by a repeated group in a pattern
 * (which Java matches by recursion, so thousands of words overflowed the stack), name and username look-ups are
 * bounded, and overlapping findings are resolved in a sorted map rather than pair by pair.
 */
public final class BlamelessCheck {
    /** Bounds the lookups one text can cause, whatever its length. */
    static final int MAX_NAME_LOOKUPS = 200;
    private static final int LONGEST_NAME_IN_WORDS = 4;
    /** Jira's longest username and display name: anything longer is not looked up. */
    private static final int LONGEST_NAME = 255;

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])@([\\p{L}\\p{N}._-]*[\\p{L}\\p{N}_])");
    private static final Pattern WIKI_MENTION = Pattern.compile("\\[~([^\\]\\s]+)]");
    /**
     * A capital then a small letter: "Max", "O'Brien", "McDonald", "Jean-Luc" — never "MAX" or "DNS", which are
     * acronyms. It starts only where a word starts, so inside "Ab-Ab-Ab" it is tried once, not at every piece.
     */
    private static final Pattern TITLE_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}[\\p{L}'’-]*(?![\\p{L}\\p{N}])");
    private static final Pattern DISTINCTIVE_USERNAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}@._-])(?=[\\p{L}\\p{N}._-]*[\\p{N}._-])[\\p{L}][\\p{L}\\p{N}._-]*[\\p{L}\\p{N}](?![\\p{L}\\p{N}._-])");
    private static final String SENTENCE_OPENERS = ".!?:;\n\r\"“(•*-–—";

    private final BlamingPhrases phrases;

    public BlamelessCheck(BlamingPhrases phrases) {
        this.phrases = phrases;
    }

    /** Findings in text order; where two overlap, the longer one is kept. */
    public List<BlamelessFinding> check(String text, People people) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<BlamelessFinding> found = new ArrayList<>(phrases.find(text));
        found.addAll(mentions(text));
        found.addAll(names(text, people));
        found.addAll(usernames(text, people));
        return withoutOverlaps(found);
    }

    private static List<BlamelessFinding> mentions(String text) {
        List<BlamelessFinding> found = new ArrayList<>();
        for (Pattern pattern : List.of(MENTION, WIKI_MENTION)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(new BlamelessFinding(BlamelessFinding.Kind.MENTION, matcher.start(), matcher.end(), matcher.group()));
            }
        }
        return found;
    }

    /** The longest run of capitalised words that is someone's full name wins ("Max Müller" over "Max"). */
    private static List<BlamelessFinding> names(String text, People people) {
        List<BlamelessFinding> found = new ArrayList<>();
        int lookups = 0;
        for (List<int[]> words : capitalisedRuns(text)) {
            int i = 0;
            while (i < words.size() && lookups < MAX_NAME_LOOKUPS) {
                int matchedTo = -1;
                for (int j = Math.min(words.size(), i + LONGEST_NAME_IN_WORDS) - 1; j >= i && lookups < MAX_NAME_LOOKUPS; j--) {
                    int start = words.get(i)[0];
                    int end = words.get(j)[1];
                    if (end - start > LONGEST_NAME || j == i && startsSentence(text, start)) {
                        continue; // "Max connections were exhausted": a capital that only starts a sentence
                    }
                    lookups++;
                    if (people.isFullNameOfSomeone(text.substring(start, end))) {
                        found.add(new BlamelessFinding(BlamelessFinding.Kind.PERSON, start, end, text.substring(start, end)));
                        matchedTo = j;
                        break;
                    }
                }
                i = matchedTo >= 0 ? matchedTo + 1 : i + 1;
            }
        }
        return found;
    }

    /** Capitalised words, as {start, end}, grouped into runs of words one blank apart ("Max Müller"). */
    private static List<List<int[]>> capitalisedRuns(String text) {
        List<List<int[]>> runs = new ArrayList<>();
        List<int[]> run = new ArrayList<>();
        Matcher word = TITLE_WORD.matcher(text);
        while (word.find()) {
            boolean continuesRun = !run.isEmpty() && word.start() == run.get(run.size() - 1)[1] + 1
                    && isBlank(text.charAt(word.start() - 1));
            if (!continuesRun && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(new int[] {word.start(), word.end()});
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\u00A0';
    }

    private static List<BlamelessFinding> usernames(String text, People people) {
        List<BlamelessFinding> found = new ArrayList<>();
        Matcher candidate = DISTINCTIVE_USERNAME.matcher(text);
        int lookups = 0;
        while (candidate.find() && lookups < MAX_NAME_LOOKUPS) {
            if (candidate.end() - candidate.start() > LONGEST_NAME) {
                continue;
            }
            lookups++;
            if (people.isUsernameOfSomeone(candidate.group())) {
                found.add(new BlamelessFinding(BlamelessFinding.Kind.PERSON, candidate.start(), candidate.end(), candidate.group()));
            }
        }
        return found;
    }

    /** Nothing before the word but blanks, or a full stop, colon, line break, bullet or opening quote. */
    private static boolean startsSentence(String text, int index) {
        int before = index - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t' || text.charAt(before) == '\u00A0')) {
            before--;
        }
        return before < 0 || SENTENCE_OPENERS.indexOf(text.charAt(before)) >= 0;
    }

    /** Longest first; a finding is kept when it overlaps none kept before (a map by start answers that at once). */
    private static List<BlamelessFinding> withoutOverlaps(List<BlamelessFinding> found) {
        List<BlamelessFinding> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((BlamelessFinding f) -> f.end() - f.start()).reversed()
                .thenComparingInt(BlamelessFinding::start));
        TreeMap<Integer, BlamelessFinding> kept = new TreeMap<>();
        for (BlamelessFinding finding : byLength) {
            Map.Entry<Integer, BlamelessFinding> before = kept.floorEntry(finding.start());
            Map.Entry<Integer, BlamelessFinding> after = kept.ceilingEntry(finding.start());
            boolean overlaps = before != null && finding.overlaps(before.getValue())
                    || after != null && finding.overlaps(after.getValue());
            if (!overlaps) {
                kept.put(finding.start(), finding);
            }
        }
        return List.copyOf(kept.values());
    }
}
