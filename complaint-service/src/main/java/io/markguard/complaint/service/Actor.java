package io.markguard.complaint.service;

import java.util.Set;

/**
 * Who is calling, as the bearer token says: never taken from a request body. {@code client} names the brand's API
 * client when one calls (its token's {@code markguard_client} claim, which only the API clients' realm issues), else
 * null.
 */
public record Actor(String subject, String username, String email, String bearer, Set<String> roles, String client) {

    public Actor(String subject, String username, String email, String bearer, Set<String> roles) {
        this(subject, username, email, bearer, roles, null);
    }

    public boolean staff() {
        return roles.contains("reviewer") || roles.contains("admin");
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
