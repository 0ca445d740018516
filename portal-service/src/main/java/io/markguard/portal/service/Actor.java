package io.markguard.portal.service;

/** Who is asking: the Keycloak subject, a name for the audit trail, and whether they administer the platform. */
public record Actor(String subject, String name, boolean admin) {

    public static final Actor SYSTEM = new Actor("markguard", "Markguard", false);
}
