package io.markguard.portal.rest;

import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.portal.ApiClient;
import io.markguard.portal.BrandMember;
import io.markguard.portal.service.ApiClients;
import io.markguard.portal.service.Memberships;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Set;

/**
 * A brand's API clients, for its owner and co-owners: create one with a scope (the secret is in that answer and
 * nowhere else, ever), list them with when each was last used, rotate a secret, revoke a client.
 */
@Path("/api/brands/{brandId}/clients")
@RolesAllowed({ "brand", "admin" })
public class ApiClientResource {

    /** What a script is given: its client id and where it signs in; {@code secret} only in a creation's or rotation's answer. */
    public record ClientView(long id, String name, String clientId, String tokenUrl, String secret, BrandResource.MemberView scope,
            Instant createdAt, Instant secretRotatedAt, Instant lastUsedAt) {

        static ClientView of(ApiClient c, BrandMember member, String tokenUrl, String secret) {
            return new ClientView(c.id, c.name, c.clientId, tokenUrl, secret, BrandResource.MemberView.of(member), c.createdAt,
                    c.secretRotatedAt, c.lastUsedAt);
        }
    }

    /** A client's name and scope, as for an agent: all rights or some, the actions, an optional end. */
    public record NewClient(@NotBlank @Size(max = 100) String name, @NotNull Boolean allRights, Set<@NotNull Long> rightIds,
            @NotEmpty Set<BrandMember.Action> actions, Instant validUntil) {
    }

    @Inject
    ApiClients clients;

    @Inject
    SecurityIdentity identity;

    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listApiClients", summary = "The brand's API clients with their scope and when each was last used, a keyset page at a time")
    public Page<ClientView> list(@PathParam("brandId") long brandId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return clients.of(Callers.of(identity), brandId, PageSize.of(limit, BrandResource.DEFAULT_PAGE, BrandResource.MAX_PAGE),
                Cursor.read("cursor", cursor, ApiClients.CLIENTS, 1)).map(l -> ClientView.of(l.client(), l.member(), clients.tokenUrl(), null));
    }

    @POST
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "createApiClient", summary = "Create an API client with a scope (rights, actions, an optional end); its secret is in this answer only")
    public Response create(@PathParam("brandId") long brandId, @Valid @NotNull NewClient request) {
        ApiClients.Created created = clients.create(Callers.of(identity), brandId, request.name(), new Memberships.Scope(
                request.allRights(), request.rightIds() == null ? Set.of() : request.rightIds(), request.actions(),
                request.validUntil()));
        return Response.created(URI.create("/api/brands/" + brandId + "/clients/" + created.client().id))
                .entity(ClientView.of(created.client(), created.member(), clients.tokenUrl(), created.secret())).build();
    }

    /** A new secret, in this answer only; the old one is refused from now on. */
    @POST
    @Path("/{clientId}/secret")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "rotateApiClientSecret", summary = "A new secret for an API client, in this answer only; the old one is refused from now on")
    public ClientView rotate(@PathParam("brandId") long brandId, @PathParam("clientId") long clientId) {
        ApiClients.Created rotated = clients.rotate(Callers.of(identity), brandId, clientId);
        return ClientView.of(rotated.client(), rotated.member(), clients.tokenUrl(), rotated.secret());
    }

    /** Revoked at once here and in the other services; Keycloak refuses its next token once the removal is sent. */
    @POST
    @Path("/{clientId}/revocation")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "revokeApiClient", summary = "Revoke an API client at once here and in every service; Keycloak gives it no new token")
    public BrandResource.MemberView revoke(@PathParam("brandId") long brandId, @PathParam("clientId") long clientId) {
        return BrandResource.MemberView.of(clients.revoke(Callers.of(identity), brandId, clientId));
    }

}
