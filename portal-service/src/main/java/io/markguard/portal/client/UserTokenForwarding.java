package io.markguard.portal.client;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Calls on behalf of the signed-in user carry that user's own access token, so the called service
 * decides with the user's roles, never the portal's.
 */
@ApplicationScoped
public class UserTokenForwarding implements ClientHeadersFactory {

    @Inject
    SecurityIdentity identity;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
        return headers;
    }
}
