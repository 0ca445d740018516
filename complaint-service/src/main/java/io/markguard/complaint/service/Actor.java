package io.markguard.complaint.service;

import java.util.Set;

/** Who is calling, as the bearer token says: never taken from a request body. */
public record Actor(String subject, String username, String email, String bearer, Set<String> roles) {

    public boolean staff() {
        return roles.contains("reviewer") || roles.contains("admin");
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
