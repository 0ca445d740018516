package io.markguard.platform.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request of the service's REST API takes one from its caller's bucket before the endpoint runs, and is
 * refused with 429, {@code Retry-After} and a problem body when the bucket is empty. A signed-in caller (a person, an
 * API client) is counted by its principal, a caller without a token by its address: the address the trusted proxy in
 * front forwarded ({@code quarkus.http.proxy.trusted-proxies}), else the connection's.
 */
public class RateLimitFilter {

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public void limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!limiter.enabled()) {
            return;
        }
        SecurityIdentity identity = identity();
        if (identity == null || identity.isAnonymous()) {
            String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
            limiter.take(RateLimitClass.PUBLIC, "a:" + address);
            return;
        }
        for (String role : limiter.exemptRoles()) {
            if (identity.hasRole(role)) {
                return;
            }
        }
        limiter.take(classOf(request), "s:" + identity.getPrincipal().getName());
    }

    /** The caller's identity; a token that does not authenticate counts as none (the endpoint answers 401 itself). */
    private SecurityIdentity identity() {
        try {
            return identities.getIdentity();
        } catch (RuntimeException refused) {
            return null;
        }
    }

    private RateLimitClass classOf(ContainerRequestContext request) {
        String verb = request.getMethod();
        String path = request.getUriInfo().getPath();
        for (String endpoint : limiter.filingEndpoints()) {
            int space = endpoint.indexOf(' ');
            if (space > 0 && endpoint.substring(0, space).equals(verb) && endpoint.substring(space + 1).equals(path)) {
                return RateLimitClass.FILING;
            }
        }
        return "GET".equals(verb) || "HEAD".equals(verb) ? RateLimitClass.READ : RateLimitClass.WRITE;
    }
}
