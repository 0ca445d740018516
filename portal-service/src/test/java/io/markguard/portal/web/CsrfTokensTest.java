package io.markguard.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    private final CsrfTokens tokens = new CsrfTokens("a-key-of-at-least-thirty-two-characters");

    @Test
    void aCookieAndSessionAlwaysGiveTheSameTokenAndItVerifies() {
        String cookie = tokens.newCookie();
        String token = tokens.tokenFor(cookie, "sid:1");
        assertEquals(token, tokens.tokenFor(cookie, "sid:1"));
        assertTrue(tokens.matches(cookie, "sid:1", token));
    }

    @Test
    void anotherSessionAnotherCookieOrAnotherKeyRefusesTheToken() {
        String cookie = tokens.newCookie();
        String token = tokens.tokenFor(cookie, "sid:1");
        assertFalse(tokens.matches(cookie, "sid:2", token));
        assertFalse(tokens.matches(cookie, "", token));
        assertFalse(tokens.matches(tokens.newCookie(), "sid:1", token));
        assertFalse(new CsrfTokens("another-key-of-at-least-thirty-two-chars").matches(cookie, "sid:1", token));
        assertNotEquals(tokens.tokenFor(cookie, "sid:1"), tokens.tokenFor(cookie, "sid:2"));
    }

    @Test
    void aMissingOrMalformedCookieOrTokenNeverVerifies() {
        String cookie = tokens.newCookie();
        assertFalse(tokens.matches(cookie, "sid:1", null));
        assertFalse(tokens.matches(cookie, "sid:1", ""));
        assertFalse(tokens.matches(null, "sid:1", tokens.tokenFor(cookie, "sid:1")));
        assertFalse(CsrfTokens.wellFormed("not base64 !"));
        assertFalse(CsrfTokens.wellFormed("c2hvcnQ"));
        assertTrue(CsrfTokens.wellFormed(cookie));
    }

    @Test
    void aShortKeyIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new CsrfTokens("too-short"));
    }
}
