package dev.postmortems.jira.domain.blameless;

/**
 * Words that point at a person rather than at a system or process.
 *
 * @param start index of the first character in the text checked
 * @param end   index after the last character
 */
public record BlamelessFinding(Kind kind, int start, int end, String words) {
    public enum Kind {
        /** The full name of a Jira user who can see the project. */
        PERSON,
        /** An @mention or Jira's {@code [~username]}. */
        MENTION,
        /** A blaming phrase such as "human error" or "forgot to". */
        PHRASE
    }

    boolean overlaps(BlamelessFinding other) {
        return start < other.end && other.start < end;
    }
}
