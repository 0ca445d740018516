package io.markguard.merchant.rest;

import io.markguard.merchant.Merchant;
import io.markguard.merchant.service.Actor;
import io.markguard.merchant.service.MerchantEnrolment;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as the bearer token proves it; which merchant a user is comes from our data, never the request. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @Inject
    MerchantEnrolment enrolment;

    public String subject() {
        return token.getSubject();
    }

    public String username() {
        String name = token.getClaim("preferred_username");
        return name == null ? token.getSubject() : name;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** Reviewers and admins see every merchant's record. */
    public boolean staff() {
        return is("reviewer") || is("admin");
    }

    /** The caller as the services see it: subject and roles. */
    public Actor actor() {
        return new Actor(subject(), identity.getRoles());
    }

    /** The caller's own merchant record, created on first sight; only for the merchant role. */
    public Merchant merchant() {
        return enrolment.enrol(subject(), username());
    }
}
