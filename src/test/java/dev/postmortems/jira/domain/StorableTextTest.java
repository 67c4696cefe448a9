package dev.postmortems.jira.domain;

import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class StorableTextTest {
    @Test
    public void givenAnyRealCharacter_thenTheTextIsStorable() {
        assertTrue(StorableText.isStorable(""));
        assertTrue(StorableText.isStorable("Disk full 🚒 \u202Eevil\t\r\n Müller"));
    }

    @Test
    public void givenANulOrHalfACharacterPair_thenItIsNot() {
        assertFalse(StorableText.isStorable("x\u0000y"));
        assertFalse(StorableText.isStorable("a\ud800b"));
        assertFalse(StorableText.isStorable("a\ud800"));
        assertFalse(StorableText.isStorable("\udc00b"));
        assertFalse(StorableText.isStorable("🚒\ud83d"));
    }
}
