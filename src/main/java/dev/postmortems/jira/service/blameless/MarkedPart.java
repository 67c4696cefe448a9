package dev.postmortems.jira.service.blameless;

/**
 * A run of text as shown: {@code finding} is empty for ordinary words, or {@code person}, {@code mention} or
 * {@code phrase} for words the blameless check found; {@code note} explains it in the reader's language.
 */
public record MarkedPart(String text, String finding, String note) {
}
