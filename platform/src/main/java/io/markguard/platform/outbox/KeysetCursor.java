package io.markguard.platform.outbox;

import io.markguard.platform.problem.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An opaque cursor over an id, for keyset paging. */
final class KeysetCursor {

    private KeysetCursor() {
    }

    static String encode(Long id) {
        return id == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString(("id:" + id).getBytes(StandardCharsets.US_ASCII));
    }

    static Long decode(String field, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith("id:")) {
                return Long.parseLong(text.substring(3));
            }
        } catch (IllegalArgumentException unreadable) {
            // Answered below, as for any cursor this service did not write.
        }
        throw Refusal.invalid(field, "is not a cursor this service wrote; use nextCursor from the page before");
    }
}
