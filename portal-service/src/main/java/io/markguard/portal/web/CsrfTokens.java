package io.markguard.portal.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed double-submit CSRF tokens. The browser keeps a random value in an HttpOnly cookie for as long as it runs;
 * a form's token is the HMAC of that value and of the sign-in session, so it stays the same on every page of the
 * session (a form from an older tab or from Back still verifies), and a cookie planted by another site or carried
 * over from another user's session yields no token the attacker can compute.
 */
final class CsrfTokens {

    private static final int COOKIE_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    CsrfTokens(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("The CSRF token key must be at least 32 characters long");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /** A fresh cookie value for a browser that has none. */
    String newCookie() {
        byte[] value = new byte[COOKIE_BYTES];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** Whether a cookie value is one this portal could have issued; anything else counts as no cookie. */
    static boolean wellFormed(String cookie) {
        if (cookie == null) {
            return false;
        }
        try {
            return Base64.getUrlDecoder().decode(cookie).length == COOKIE_BYTES;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** The token the forms of this cookie and sign-in session carry. */
    String tokenFor(String cookie, String session) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(cookie.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            mac.update(session.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether a posted token is this cookie's and session's, compared in constant time. */
    boolean matches(String cookie, String session, String submitted) {
        if (!wellFormed(cookie) || submitted == null) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(cookie, session).getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.UTF_8));
    }
}
