package io.markguard.portal.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What the portal answers a signed-in user is never stored by the browser or a proxy, so Back after signing out
 * (or the next user of a shared computer) finds no earlier user's pages. Signed-out pages such as the transparency
 * figures, and the static assets (served outside these resources), stay cacheable.
 */
public class PageCaching {

    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter
    public void noStoreWhenSignedIn(ContainerResponseContext response, RoutingContext routing) {
        if (!identity.isAnonymous() && !routing.normalizedPath().startsWith("/api/")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
