package io.markguard.portal.rest;

import io.markguard.portal.BrandMember;
import io.markguard.portal.service.Invitations;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.markguard.portal.notify.PortalUsers;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Accepting an invitation through the API, with the link's {@code expires} and {@code sig}: the membership is bound
 * to the token's subject (the portal page at {@code /invitations/{id}} does the same for a signed-in browser).
 */
@Path("/api/invitations")
@Authenticated
public class InvitationResource {

    public record Acceptance(@NotBlank @Size(max = 20) String expires, @NotBlank @Size(max = 128) String sig) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    Invitations invitations;

    @Inject
    PortalUsers users;

    /** 200 with the membership; 404 for a link that is not valid, 410 expired or withdrawn, 409 already accepted. */
    @POST
    @Path("/{id}/acceptance")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "acceptInvitation", summary = "Accept an invitation to act for a brand, signed in as the invited address")
    public BrandResource.MemberView accept(@PathParam("id") long id, @Valid @NotNull Acceptance acceptance) {
        BrandMember member = invitations.accept(Callers.of(identity), id, acceptance.expires(), acceptance.sig());
        // The new member is mailed what is told to the brand's members, at the address their token gives.
        users.seen(identity);
        return BrandResource.MemberView.of(member);
    }
}
