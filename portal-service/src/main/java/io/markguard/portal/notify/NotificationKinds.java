package io.markguard.portal.notify;

import java.util.Set;

/**
 * Which kinds a user may choose not to have mailed. Everything that binds them or decides on what they filed is
 * mandatory: statements of reasons and every step against an account, decisions on their own notices and appeals,
 * appeals against their notices. Receipts, thread messages and deadline reminders are optional. A kind not named
 * here is mandatory, so a new kind is mailed until it is listed. Either way every notification reaches the inbox.
 */
public final class NotificationKinds {

    public static final Set<String> OPTIONAL = Set.of("notice-receipt", "appeal-received", "item-message", "review-deadline",
            "misuse-review-deadline");

    private NotificationKinds() {
    }

    public static boolean optional(String kind) {
        return OPTIONAL.contains(kind);
    }
}
