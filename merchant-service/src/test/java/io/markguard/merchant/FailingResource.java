package io.markguard.merchant;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only: an endpoint with a bug, to see what a caller gets from an error nobody foresaw. */
@Path("/api/test-only/failing")
@Authenticated
public class FailingResource {

    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("connection pool db-7.internal:5432 exhausted for user markguard");
    }
}
