package io.markguard.merchant.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which queries are words and which substrings, and that a substring's wildcards are taken literally. */
class SearchMatchTest {

    @Test
    void lettersAndDigitsOfSpacedScriptsAreWords() {
        assertTrue(SearchMatch.words("Seed wrist watch"));
        assertTrue(SearchMatch.words("watch 123457"));
        assertTrue(SearchMatch.words("Müller Uhr"));
        assertTrue(SearchMatch.words("Часы Rolex"));
    }

    @Test
    void punctuationAndUnspacedScriptsAreSubstrings() {
        assertFalse(SearchMatch.words("watch #123457"));
        assertFalse(SearchMatch.words("shop.markguard.test/seed/"));
        assertFalse(SearchMatch.words("劳力士手表"));
        assertFalse(SearchMatch.words("Rolex 劳力士"));
        assertFalse(SearchMatch.words("ロレックス"));
    }

    @Test
    void aSubstringIsTakenLiterallyIgnoringCase() {
        assertEquals("%50\\% off\\_now\\\\%", SearchMatch.of("50% OFF_now\\").argument());
        assertEquals("Seed:* & wrist:* & watch:*", SearchMatch.of(" Seed  wrist\twatch ").argument());
    }
}
