package io.markguard.portal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * A bearer token the API refuses (forged, expired, not issued for portal-service) is answered with problem
 * details like every other error under /api. The portal authenticates before any resource runs, so the refusal
 * never reaches {@link ProblemMapper}: it is answered here, after OIDC has set the 401 and its Bearer challenge.
 */
@ApplicationScoped
public class RefusedBearerToken {

    @Inject
    ObjectMapper json;

    void answerAsProblem(@Observes Router router) {
        router.route("/api/*").failureHandler(this::answer);
    }

    private void answer(RoutingContext event) {
        if (!(event.failure() instanceof AuthenticationFailedException) || event.response().ended()) {
            event.next();
            return;
        }
        ProblemMapper.Problem problem = new ProblemMapper.Problem("about:blank", "Unauthorized", 401,
                "A valid bearer token from realm markguard, issued for portal-service, is required.",
                event.normalizedPath(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            event.next();
            return;
        }
        if (!event.response().headers().contains(HttpHeaders.WWW_AUTHENTICATE)) {
            event.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"markguard\"");
        }
        event.response().setStatusCode(401).putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON).end(body);
    }
}
