package io.markguard.complaint.rest;

import io.markguard.complaint.service.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller as the verified bearer token names them. */
@RequestScoped
public class Callers {

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    public Actor actor() {
        return new Actor(token.getSubject(), token.getClaim("preferred_username"), token.getClaim("email"),
                "Bearer " + token.getRawToken(), identity.getRoles(), token.getClaim("markguard_client"));
    }
}
