package io.markguard.platform.idempotency;

import io.markguard.platform.problem.Refusal;

/** A client's {@code Idempotency-Key}: 1 to 128 visible ASCII characters. */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 128;

    /** The key the client sent, or null where it sent none; a key of the wrong form is refused (400). */
    public static IdempotencyKey of(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String key = header.strip();
        if (key.length() > MAX_LENGTH) {
            throw Refusal.invalid(HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw Refusal.invalid(HEADER, "must be visible ASCII characters only");
            }
        }
        return new IdempotencyKey(key);
    }
}
