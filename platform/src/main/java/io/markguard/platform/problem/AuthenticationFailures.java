package io.markguard.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * A token refused before any endpoint runs (where authentication is proactive, as in the portal) is answered under
 * {@code /api/} as the same 401 problem the endpoints give, with the challenge the mechanism set or the bearer one.
 */
@ApplicationScoped
public class AuthenticationFailures {

    void install(@Observes Router router) {
        router.route("/api/*").failureHandler(this::answer);
    }

    private void answer(RoutingContext routing) {
        if (!(routing.failure() instanceof AuthenticationFailedException) || routing.response().ended()
                || routing.response().headWritten()) {
            routing.next();
            return;
        }
        Problem problem = new Problem("about:blank", "Unauthorized", 401,
                "A valid bearer token from realm markguard (or markguard-integrations, for a brand's API client), issued for"
                        + " this service, is required.",
                routing.normalizedPath(), "UNAUTHENTICATED", null);
        if (!routing.response().headers().contains(HttpHeaders.WWW_AUTHENTICATE)) {
            routing.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, ProblemMappers.CHALLENGE);
        }
        routing.response().setStatusCode(401).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
