package io.markguard.platform.idempotency;

import io.markguard.platform.problem.Refusal;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** A malformed Idempotency-Key is refused (400) before any endpoint reads it, whatever the endpoint. */
public class IdempotencyKeyFilter {

    @ServerRequestFilter
    public void checkKey(ContainerRequestContext request) {
        String key = request.getHeaderString(IdempotencyKey.HEADER);
        if (key != null) {
            IdempotencyKey.of(key);
        }
    }
}
