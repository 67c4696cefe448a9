package dev.postmortems.jira.jira;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the app keeps a set of names (project keys, issue type and priority names) in one of Jira's plugin settings:
 * one a line, sorted, so a setting reads the same whichever node wrote it.
 */
public final class SettingLines {
    private SettingLines() {
    }

    /** The names a setting holds; none for a setting never written. Blank lines and surrounding spaces are ignored. */
    public static Set<String> read(Object value) {
        return value == null ? Set.of() : Arrays.stream(value.toString().split("\n")).map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.toSet());
    }

    public static String write(Collection<String> names) {
        return String.join("\n", names.stream().sorted().toList());
    }
}
