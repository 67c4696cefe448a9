package dev.postmortems.jira.benchmark;

import dev.postmortems.jira.domain.blameless.BlamelessCheck;
import dev.postmortems.jira.domain.blameless.BlamingPhrases;
import dev.postmortems.jira.domain.blameless.People;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The blameless check on texts shaped to make pattern matching backtrack, at the longest text a field takes
 * (30,000 characters, also the check endpoint's limit) and beyond it: time grows in proportion to the text.
 * {@code mvn -B test -Dtest=BlamelessCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the table is written
 * to {@code target/benchmarks/blameless.md}.
 */
public class BlamelessCheckBenchmark {
    private static final List<String> SHAPES = List.of("x-", "Ab-", "Release Train Went Live Without Review ", "blame ", "j.s");
    private static final List<Integer> LENGTHS = List.of(10_000, 30_000, 300_000);

    @Test
    public void measure() throws Exception {
        BlamelessCheck check = new BlamelessCheck(BlamingPhrases.defaults());
        Timing timing = new Timing(5, 20);
        StringBuilder table = new StringBuilder("| text shaped as | characters | median (ms) | p95 (ms) |\n|---|---:|---:|---:|\n");
        for (String shape : SHAPES) {
            for (int length : LENGTHS) {
                String text = shape.repeat(length / shape.length() + 1).substring(0, length);
                double[] millis = timing.time(() -> check.check(text, People.NOBODY));
                table.append(String.format("| `%s…` | %,d | %.1f | %.1f |%n", shape.strip(), length, millis[0], millis[1]));
            }
        }
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/blameless.md"), table);
        System.out.println(table);
    }
}
