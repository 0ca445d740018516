package io.markguard.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * A token refused before any endpoint runs (where authentication is proactive, as in the portal) is answered under
 * {@code /api/} as the same 401 problem the endpoints give, with the bearer challenge.
 */
@ApplicationScoped
public class AuthenticationFailures {

    void install(@Observes Router router) {
        router.route().failureHandler(routing -> {
            if (routing.failure() instanceof AuthenticationFailedException && routing.normalizedPath().startsWith("/api/")
                    && !routing.response().headWritten()) {
                Problem problem = new Problem("about:blank", "Unauthorized", 401,
                        "A valid bearer token from realm markguard is required.", routing.normalizedPath(),
                        "UNAUTHENTICATED", null);
                routing.response().setStatusCode(401)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.WWW_AUTHENTICATE, ProblemMappers.CHALLENGE)
                        .end(Json.encode(problem));
            } else {
                routing.next();
            }
        });
    }
}
