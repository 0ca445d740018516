package io.markguard.merchant.service;

import java.util.Set;

/** Who is reading or acting, as the bearer token proves it: never taken from a request body. */
public record Actor(String subject, Set<String> roles) {

    /** Reviewers and admins see every merchant's record. */
    public boolean staff() {
        return roles.contains("reviewer") || roles.contains("admin");
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
