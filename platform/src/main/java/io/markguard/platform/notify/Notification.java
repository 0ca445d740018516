package io.markguard.platform.notify;

import java.util.Map;

/**
 * Something a person is told: what happened as a code ({@code kind}) and parameters, never as a sentence, so the
 * portal renders it in the reader's language when it mails it and when the reader opens the inbox. {@code key} is
 * unique per event and recipient: the same key told twice is one notification. {@code link} is the portal path the
 * notification is about (such as {@code /merchant/sanctions/12}), without host.
 */
public record Notification(String key, Recipient to, String kind, Map<String, String> params, String link) {

    public Notification {
        if (key == null || key.isBlank() || kind == null || kind.isBlank() || to == null) {
            throw new IllegalArgumentException("A notification needs a key, a kind and a recipient");
        }
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
