package io.markguard.portal.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What the portal answers a signed-in user is never stored by the browser or a proxy, so Back after signing out
 * (or the next user of a shared computer) finds no earlier user's pages. Signed-out pages and the static assets
 * (served outside these resources) stay cacheable; the public transparency pages and their CSV and JSON may be
 * kept for a minute, by language.
 */
public class PageCaching {

    /** The figures move with every decision, but not by the second. */
    static final String PUBLIC_FIGURES = "public, max-age=60";

    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter
    public void noStoreWhenSignedIn(ContainerResponseContext response, RoutingContext routing) {
        String path = routing.normalizedPath();
        if (!identity.isAnonymous() && !path.startsWith("/api/")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        } else if (identity.isAnonymous() && response.getStatus() == 200
                && (path.equals("/transparency") || path.startsWith("/transparency/"))) {
            response.getHeaders().putSingle("Cache-Control", PUBLIC_FIGURES);
            // The page's language comes from the language cookie or the browser's languages.
            response.getHeaders().putSingle("Vary", "Accept-Language, Cookie");
        }
    }
}
