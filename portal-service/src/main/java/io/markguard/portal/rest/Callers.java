package io.markguard.portal.rest;

import io.markguard.portal.service.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The actor behind a bearer token or a portal session. */
public final class Callers {

    private Callers() {
    }

    public static Actor of(SecurityIdentity identity) {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        String name = token.getClaim("preferred_username");
        return new Actor(token.getSubject(), name == null ? token.getSubject() : name, identity.hasRole("admin"));
    }
}
