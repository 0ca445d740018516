package io.markguard.portal.rest;

import io.markguard.portal.Brand;
import io.markguard.portal.BrandMember;
import io.markguard.portal.service.ApiClients;
import io.markguard.portal.service.Authority;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What complaint-service asks about brands, with its own client-credentials token. Answers change on a
 * verification decision and on a change of membership, so callers cache them only for seconds.
 */
@Path("/api/internal/brands")
@RolesAllowed("complaint-service")
public class InternalBrandResource {

    public record Standing(long brandId, Brand.Status status, boolean verified, List<Long> verifiedRightIds) {
    }

    /**
     * The answer for one subject: {@code allowed} and {@code reason} for the right asked (or, without one, for
     * membership), and the member's whole scope (role, actions, all rights or {@code rightIds}, end), so that the
     * caller can judge every endpoint of the brand from one answer.
     */
    public record Authorisation(long brandId, String subject, Long rightId, boolean allowed, Authority.Reason reason,
            String role, Instant validUntil, Set<BrandMember.Action> actions, Boolean allRights, List<Long> rightIds,
            Instant at) {
    }

    @Inject
    Authority authority;

    @Inject
    Clock clock;

    @GET
    @Path("/{brandId}")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getBrandStanding", summary = "Internal, for complaint-service: a brand's name and status")
    public Standing standing(@PathParam("brandId") long brandId) {
        return authority.standing(brandId)
                .map(s -> new Standing(s.brandId(), s.status(), s.status() == Brand.Status.VERIFIED, s.verifiedRightIds()))
                .orElseThrow(() -> new NotFoundException("No brand " + brandId + "."));
    }

    /**
     * May the user file for the brand on the right (without {@code rightId}: is the user a member), now or at
     * {@code at} (ISO-8601 instant)? Read at request time: a revocation answers at once.
     */
    @Inject
    ApiClients clients;

    /** What a notice names of its grounds: the brand's name and the right's register details. */
    public record Grounds(long brandId, String brandName, GroundsRight right) {
    }

    public record GroundsRight(long id, String type, String office, String registrationNumber, String mark, String status) {
    }

    /**
     * The brand's name and one of its rights, for a notice whose filer complaint-service has just found may act on
     * that right (whoever the filer is: a person or a brand's API client, which has no portal session). 404 when the
     * right is not the brand's.
     */
    @GET
    @Path("/{brandId}/rights/{rightId}")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getNoticeGrounds", summary = "Internal, for complaint-service: the brand's name and one right's register details, for a notice")
    public Grounds grounds(@PathParam("brandId") long brandId, @PathParam("rightId") long rightId) {
        Brand brand = Brand.findById(brandId);
        io.markguard.portal.IpRight right = io.markguard.portal.IpRight.findById(rightId);
        if (brand == null || right == null || !right.brandId.equals(brandId)) {
            throw new NotFoundException("No right " + rightId + " of brand " + brandId + ".");
        }
        return new Grounds(brandId, brand.name, new GroundsRight(right.id, right.type.name(), right.office.name(),
                right.registrationNumber, right.mark, right.status.name()));
    }

    @GET
    @Path("/{brandId}/authority")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getBrandAuthority", summary = "Internal, for complaint-service: what a user or API client may do for a brand, on a right")
    public Authorisation authority(@PathParam("brandId") long brandId, @QueryParam("subject") @NotBlank String subject,
            @QueryParam("rightId") Long rightId, @QueryParam("at") String at) {
        Instant when = at == null || at.isBlank() ? clock.instant() : parse(at);
        var decision = authority.mayAct(brandId, subject, rightId, when);
        if (decision.isPresent() && BrandMember.Role.CLIENT.name().equals(decision.get().role())) {
            // An API client is at work: its brand sees when it was last used.
            QuarkusTransaction.requiringNew().run(() -> clients.used(brandId, subject));
        }
        return decision
                .map(d -> new Authorisation(brandId, subject, rightId, d.allowed(), d.reason(), d.role(), d.validUntil(),
                        d.actions(), d.allRights(), d.rightIds(), when))
                .orElseThrow(() -> new NotFoundException("No brand " + brandId + "."));
    }

    private static Instant parse(String at) {
        try {
            return Instant.parse(at);
        } catch (java.time.format.DateTimeParseException e) {
            throw new jakarta.ws.rs.BadRequestException("at must be an ISO-8601 instant such as 2026-01-31T12:00:00Z.");
        }
    }
}
