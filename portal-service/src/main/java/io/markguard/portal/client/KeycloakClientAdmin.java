package io.markguard.portal.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Keycloak's Admin REST API for realm markguard-integrations, called with the token of portal-service's account
 * there ({@code markguard-client-admin}, roles manage-clients and view-clients of that realm only): it creates,
 * reads and removes the brands' API clients and nothing else.
 */
@RegisterRestClient(configKey = "keycloak-client-admin")
@OidcClientFilter("integrations")
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakClientAdmin {

    /** The part of Keycloak's ClientRepresentation Markguard sets. */
    @RegisterForReflection
    record NewClient(String clientId, String name, String description, boolean enabled, boolean publicClient,
            boolean serviceAccountsEnabled, boolean standardFlowEnabled, boolean directAccessGrantsEnabled,
            boolean implicitFlowEnabled, Map<String, String> attributes, List<Mapper> protocolMappers) {
    }

    @RegisterForReflection
    record Mapper(String name, String protocol, String protocolMapper, Map<String, String> config) {
    }

    @RegisterForReflection
    record Secret(String type, String value) {
    }

    @RegisterForReflection
    record ServiceAccount(String id, String username) {
    }

    /** 201 with the new client's address (its id last), 409 when the client id is taken. */
    @POST
    @Path("/clients")
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(NewClient client);

    @GET
    @Path("/clients/{id}/client-secret")
    Secret secret(@PathParam("id") String id);

    /** A new secret; the old one stops working at once. */
    @POST
    @Path("/clients/{id}/client-secret")
    Secret regenerateSecret(@PathParam("id") String id);

    @GET
    @Path("/clients/{id}/service-account-user")
    ServiceAccount serviceAccount(@PathParam("id") String id);

    @DELETE
    @Path("/clients/{id}")
    Response remove(@PathParam("id") String id);
}
