package io.markguard.platform.notify;

/**
 * Who is told. A person is named by Keycloak subject (and the address the sender knows for them, when it knows one);
 * the members of a brand by the brand and the action they must hold for it (the portal, which keeps memberships,
 * expands it when the notification arrives); the platform's staff by realm role.
 */
public record Recipient(String subject, String email, Long brandId, String action, String role) {

    public static Recipient person(String subject, String email) {
        return new Recipient(subject, email, null, null, null);
    }

    /** Every active member of the brand who may take {@code action} (such as {@code ANSWER_APPEALS}) for it. */
    public static Recipient brandMembers(long brandId, String action) {
        return new Recipient(null, null, brandId, action, null);
    }

    /** Everyone holding the realm role (such as {@code reviewer}). */
    public static Recipient staff(String role) {
        return new Recipient(null, null, null, null, role);
    }
}
