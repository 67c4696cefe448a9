package dev.postmortems.jira.domain;

/**
 * Whether a text can be stored and shown exactly as written. Two things cannot: the NUL character, which
 * PostgreSQL refuses in text columns, and half of a surrogate pair (a lone {@code \ud800}), which is no character
 * at all and which databases and browsers replace with "?" — so the text read back would not be the text written.
 */
public final class StorableText {
    private StorableText() {
    }

    /** In one pass over the text. */
    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++; // the pair's second half
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
