package dev.postmortems.jira.domain.blameless;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 */
public final class BlamelessCheck {
    /** Bounds the lookups one text can cause, whatever its length. */
    static final int MAX_NAME_LOOKUPS = 200;
    private static final int LONGEST_NAME_IN_WORDS = 4;

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])@([\\p{L}\\p{N}._-]*[\\p{L}\\p{N}_])");
    private static final Pattern WIKI_MENTION = Pattern.compile("\\[~([^\\]\\s]+)]");
    /** A capital then a small letter: "Max", "O'Brien", "McDonald" — never "MAX" or "DNS", which are acronyms. */
    private static final String TITLE_WORD = "\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}[\\p{L}'’-]*(?![\\p{L}\\p{N}])";
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?<![\\p{L}\\p{N}])" + TITLE_WORD + "(?:[ \\u00A0]" + TITLE_WORD + ")*");
    private static final Pattern WORD = Pattern.compile(TITLE_WORD);
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
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
            List<int[]> words = new ArrayList<>();
            Matcher word = WORD.matcher(run.group());
            while (word.find()) {
                words.add(new int[] {run.start() + word.start(), run.start() + word.end()});
            }
            int i = 0;
            while (i < words.size()) {
                int matchedTo = -1;
                for (int j = Math.min(words.size(), i + LONGEST_NAME_IN_WORDS) - 1; j >= i && lookups < MAX_NAME_LOOKUPS; j--) {
                    int start = words.get(i)[0];
                    int end = words.get(j)[1];
                    if (j == i && startsSentence(text, start)) {
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

    private static List<BlamelessFinding> usernames(String text, People people) {
        List<BlamelessFinding> found = new ArrayList<>();
        Matcher candidate = DISTINCTIVE_USERNAME.matcher(text);
        int lookups = 0;
        while (candidate.find() && lookups++ < MAX_NAME_LOOKUPS) {
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

    private static List<BlamelessFinding> withoutOverlaps(List<BlamelessFinding> found) {
        List<BlamelessFinding> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((BlamelessFinding f) -> f.end() - f.start()).reversed()
                .thenComparingInt(BlamelessFinding::start));
        List<BlamelessFinding> kept = new ArrayList<>();
        for (BlamelessFinding finding : byLength) {
            if (kept.stream().noneMatch(finding::overlaps)) {
                kept.add(finding);
            }
        }
        kept.sort(Comparator.comparingInt(BlamelessFinding::start));
        return List.copyOf(kept);
    }
}
