package io.markguard.portal.client;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Calls on behalf of the signed-in user carry that user's own access token, so the called service
 * decides with the user's roles, never the portal's. Calls for a visitor without a token carry the visitor's address
 * ({@code X-Forwarded-For}), so the called service counts them against that visitor's rate limit, not against one
 * bucket of the portal's that every visitor would share.
 */
@ApplicationScoped
public class UserTokenForwarding implements ClientHeadersFactory {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        } else if (request.getCurrent() != null && request.getCurrent().request().remoteAddress() != null) {
            headers.putSingle("X-Forwarded-For", request.getCurrent().request().remoteAddress().hostAddress());
        }
        return headers;
    }
}
