package dev.postmortems.jira.domain.blameless;

import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.postmortems.jira.domain.blameless.BlamelessFinding.Kind.MENTION;
import static dev.postmortems.jira.domain.blameless.BlamelessFinding.Kind.PERSON;
import static dev.postmortems.jira.domain.blameless.BlamelessFinding.Kind.PHRASE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class BlamelessCheckTest {
    /** Users who can see the project, by full name and username. */
    private static final People PROJECT_USERS = new People() {
        private final Set<String> fullNames = Set.of("max müller", "max", "priya natarajan", "will", "bill", "o'brien");
        private final Set<String> usernames = Set.of("max", "j.smith", "ops_bot2", "will");

        @Override
        public boolean isFullNameOfSomeone(String fullName) {
            return fullNames.contains(fullName.toLowerCase(Locale.ROOT));
        }

        @Override
        public boolean isUsernameOfSomeone(String username) {
            return usernames.contains(username);
        }
    };

    private final BlamelessCheck check = new BlamelessCheck(BlamingPhrases.defaults());

    @Test
    public void findsTheFullNameOfAProjectUser() {
        assertFindings("The config was pushed by Max Müller at night.", PERSON, "Max Müller");
        assertFindings("Root cause: Priya Natarajan skipped the review", PERSON, "Priya Natarajan");
    }

    @Test
    public void findsASingleNameInsideASentence() {
        assertFindings("The deploy that Max ran had no canary.", PERSON, "Max");
        assertFindings("A script by O'Brien dropped the index.", PERSON, "O'Brien");
    }

    @Test
    public void findsMentionsAndDistinctiveUsernames() {
        assertFindings("Ask @max about the switch", MENTION, "@max");
        assertFindings("Reviewed by [~j.smith]", MENTION, "[~j.smith]");
        assertFindings("The change came from j.smith and ops_bot2", PERSON, "j.smith", PERSON, "ops_bot2");
    }

    @Test
    public void findsBlamingPhrasesWhateverTheirCase() {
        assertFindings("Human error during the failover", PHRASE, "Human error");
        assertFindings("The on-call forgot to renew the certificate", PHRASE, "forgot to");
        assertFindings("A careless change; someone should have known", PHRASE, "careless", PHRASE, "should have known");
        assertFindings("It was the intern's fault", PHRASE, "intern's fault");
    }

    @Test
    public void findsGermanBlamingPhrasesTooTheAppsSecondLanguage() {
        assertFindings("Der Bereitschaftsdienst hat vergessen, das Zertifikat zu erneuern", PHRASE, "vergessen");
        assertFindings("Menschliches Versagen beim Umschalten", PHRASE, "Menschliches Versagen");
        assertFindings("Eine schlampige \u00c4nderung; jemand h\u00e4tte pr\u00fcfen m\u00fcssen", PHRASE,
                "h\u00e4tte pr\u00fcfen m\u00fcssen");
        assertFindings("Der Praktikant ist schuld", PHRASE, "ist schuld");
        assertFindings("Das Skript ist unschuldig an der Sperre", new Object[0]);
    }

    @Test
    public void adminsPhrasesAreFoundToo() {
        BlamelessCheck extended = new BlamelessCheck(BlamingPhrases.withExtra(List.of("Schlamperei", "  ", "cowboy change")));

        assertEquals(List.of("Schlamperei", "Cowboy Change"), extended.check("Schlamperei! A Cowboy Change again", People.NOBODY)
                .stream().map(BlamelessFinding::words).toList());
    }

    /** The false positives the check guards against, each with the reason it must stay silent. */
    @Test
    public void staysSilentOnOrdinaryWords() {
        List<String> innocent = List.of(
                "max connections were exhausted",            // user "Max", but lower case: an ordinary word
                "Max connections were exhausted.",           // capital only because it starts the sentence
                "The pool hit MAX_CONNECTIONS and DNS failed", // all-caps words are names of things
                "The pool hit MAX connections",              // likewise
                "Will the retry hold? It will.",             // "Will" starts a question; "will" is a verb
                "- Bill of materials service timed out",     // a capital after a bullet starts the item
                "Maxwell's equations are unaffected",        // a longer word is not the user "Max"
                "Mail max@example.com for access",           // an e-mail address is not an @mention
                "A blameless review of the unforgotten queue", // phrases match whole words only
                "max, will and bill are config keys");       // lower-case usernames of plain words
        for (String text : innocent) {
            assertEquals(text, List.of(), check.check(text, PROJECT_USERS));
        }
    }

    @Test
    public void theLongerOfTwoOverlappingFindingsIsKept() {
        assertFindings("Max Müller forgot", PERSON, "Max Müller", PHRASE, "forgot");
        assertFindings("They forgot to check", PHRASE, "forgot to");
    }

    @Test
    public void positionsPointAtTheWordsSoThePanelCanHighlightThem() {
        String text = "Because Max Müller forgot to rotate keys";
        List<BlamelessFinding> found = check.check(text, PROJECT_USERS);

        for (BlamelessFinding finding : found) {
            assertEquals(finding.words(), text.substring(finding.start(), finding.end()));
        }
        assertEquals(2, found.size());
    }

    @Test
    public void nothingToCheckFindsNothing() {
        assertEquals(List.of(), check.check(null, PROJECT_USERS));
        assertEquals(List.of(), check.check("   ", PROJECT_USERS));
    }

    /** A run of thousands of capitalised words once overflowed the stack inside the regular expression engine. */
    @Test
    public void givenThousandsOfCapitalisedWords_thenTheCheckStillAnswers() {
        String text = "Release Train Went Live Without Review ".repeat(300).substring(0, 9_990);

        assertEquals(List.of(), check.check(text, People.NOBODY));
        assertFindings("Max Müller wrote: " + text, PERSON, "Max Müller");
    }

    /**
     * Texts shaped to make pattern matching backtrack (long hyphenated tokens, capitalised hyphen chains, endless
     * possessives, runs of names) take time in proportion to their length: eight times the text, at most about
     * eight times the time (a quadratic check takes sixty-four).
     */
    @Test
    public void givenHostileShapes_thenTheWorkGrowsLinearlyWithTheText() {
        List<String> shapes = List.of("x-", "Ab-", "a's-", "Max ", "blame ", "@a", "j.s", "Release Train ", "x'x-");
        for (String shape : shapes) {
            long small = fastestOfThree(shape, 12_000);
            long large = fastestOfThree(shape, 96_000);
            assertTrue(shape + ": " + small / 1_000 + " µs for 12,000 characters, " + large / 1_000 + " µs for 96,000",
                    large < Math.max(small, 2_000_000) * 24);
        }
    }

    private long fastestOfThree(String shape, int length) {
        String text = shape.repeat(length / shape.length() + 1).substring(0, length);
        long fastest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            check.check(text, PROJECT_USERS);
            fastest = Math.min(fastest, System.nanoTime() - start);
        }
        return fastest;
    }

    private void assertFindings(String text, Object... kindsAndWords) {
        List<BlamelessFinding> found = check.check(text, PROJECT_USERS);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < kindsAndWords.length; i += 2) {
            expected.append(kindsAndWords[i]).append(':').append(kindsAndWords[i + 1]).append(' ');
        }
        StringBuilder actual = new StringBuilder();
        found.forEach(f -> actual.append(f.kind()).append(':').append(f.words()).append(' '));
        assertEquals(text, expected.toString(), actual.toString());
    }
}
