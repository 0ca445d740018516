package io.markguard.platform.identity;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who this service sees in the caller's token: the same answer from every service, so a mismatch shows at once. */
@Path("/api/me")
@Authenticated
public class MeResource {

    /** The realm roles Markguard defines, one per service account among them; Keycloak's own defaults are left out. */
    public static final Set<String> MARKGUARD_ROLES = Set.of("brand", "merchant", "reviewer", "admin",
            "complaint-service", "merchant-service", "portal-service");

    public record Me(String subject, String username, List<String> roles) {
    }

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getMe", summary = "Who the bearer token names, and their Markguard roles, as this service sees them")
    public Me me() {
        return new Me(token.getSubject(), token.getClaim("preferred_username"),
                identity.getRoles().stream().filter(MARKGUARD_ROLES::contains).sorted().toList());
    }
}
