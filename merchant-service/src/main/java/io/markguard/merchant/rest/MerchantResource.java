package io.markguard.merchant.rest;

import io.markguard.merchant.LedgerStatus;
import io.markguard.merchant.ListingStatus;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.service.AppealService;
import io.markguard.merchant.service.Listings;
import io.markguard.merchant.service.MerchantEnrolment;
import io.markguard.merchant.service.StandingService;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/merchants")
public class MerchantResource {

    /** The trader identity as the merchant states it; blank fields count as missing. */
    public record TraderIdentityRequest(
            @Size(max = 255) String legalName,
            @Size(max = 1000) String address,
            @Size(max = 64) @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{5,64}$", message = "must be a phone number such as +49 30 1234567") String phone,
            @Size(max = 320) @Email String email,
            @Size(max = 255) String identityDocumentRef,
            @Size(max = 255) String tradeRegisterNumber,
            @NotNull Boolean selfCertified) {
    }

    /** Every list here: 50 rows a page unless {@code limit} asks for another number up to this. */
    public static final int MAX_PAGE = 200;
    static final int DEFAULT_PAGE = 50;

    @Inject
    Caller caller;

    @Inject
    MerchantEnrolment enrolment;

    @Inject
    StandingService standings;

    @Inject
    AppealService appeals;

    @Inject
    Listings listings;

    @Inject
    Views views;

    /** The signed-in merchant's own record; only the merchant role has one. */
    @GET
    @Path("/me")
    @RolesAllowed("merchant")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getMyMerchant", summary = "The signed-in merchant's own record")
    public Views.MerchantView me() {
        return views.merchant(caller.merchant());
    }

    @GET
    @Path("/me/trader-identity")
    @RolesAllowed("merchant")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getMyTraderIdentity", summary = "The signed-in merchant's trader identity (DSA Art. 30) and how complete it is")
    public Views.TraderIdentityView identity() {
        return views.identity(caller.merchant());
    }

    @PUT
    @Path("/me/trader-identity")
    @RolesAllowed("merchant")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "updateMyTraderIdentity", summary = "Replace the signed-in merchant's trader identity; listings go on sale once it is complete")
    public Views.TraderIdentityView updateIdentity(@NotNull @Valid TraderIdentityRequest request) {
        Merchant merchant = enrolment.updateIdentity(caller.subject(), caller.username(),
                new MerchantEnrolment.TraderIdentity(request.legalName(), request.address(), request.phone(),
                        request.email(), request.identityDocumentRef(), request.tradeRegisterNumber(),
                        request.selfCertified()));
        return views.identity(merchant);
    }

    /** The standing summary: the step in force, points, and how many sanctions and violations count now. */
    @GET
    @Path("/me/standing")
    @RolesAllowed("merchant")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getMyStanding", summary = "The signed-in merchant's standing: the step in force, points, counting sanctions and violations")
    public Views.StandingView myStanding() {
        return views.standing(standings.of(caller.merchant()));
    }

    /** Any merchant's standing for reviewers and admins; a merchant reads only its own (others are "not found"). */
    @GET
    @Path("/{id:\\d+}/standing")
    @RolesAllowed({ "merchant", "reviewer", "admin" })
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getMerchantStanding", summary = "A merchant's standing, for reviewers and administrators")
    public Views.StandingView standing(@RestPath long id) {
        return views.standing(standings.of(visible(id)));
    }

    /** The signed-in merchant's sanctions, the latest decided first; {@code status} ACTIVE, EXPIRED or REVERSED. */
    @GET
    @Path("/me/sanctions")
    @RolesAllowed("merchant")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listMySanctions", summary = "The signed-in merchant's sanctions, latest decided first, a keyset page at a time")
    public Page<Views.SanctionView> mySanctions(@QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return sanctions(caller.merchant(), status, limit, cursor);
    }

    /** Any merchant's sanctions for reviewers and admins; a merchant reads only its own. */
    @GET
    @Path("/{id:\\d+}/sanctions")
    @RolesAllowed({ "merchant", "reviewer", "admin" })
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listMerchantSanctions", summary = "A merchant's sanctions, for reviewers and administrators, a keyset page at a time")
    public Page<Views.SanctionView> sanctions(@RestPath long id, @QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return sanctions(visible(id), status, limit, cursor);
    }

    /** The signed-in merchant's violations whose points count now, the soonest to expire first. */
    @GET
    @Path("/me/violations")
    @RolesAllowed("merchant")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listMyViolations", summary = "The signed-in merchant's violations whose points count now, soonest to expire first")
    public Page<Views.ViolationView> myViolations(@QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return violations(caller.merchant(), limit, cursor);
    }

    /** Any merchant's active violations for reviewers and admins; a merchant reads only its own. */
    @GET
    @Path("/{id:\\d+}/violations")
    @RolesAllowed({ "merchant", "reviewer", "admin" })
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listMerchantViolations", summary = "A merchant's violations whose points count now, for reviewers and administrators")
    public Page<Views.ViolationView> violations(@RestPath long id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return violations(visible(id), limit, cursor);
    }

    /** The signed-in merchant's appeals, the latest filed first. */
    @GET
    @Path("/me/appeals")
    @RolesAllowed("merchant")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listMyAppeals", summary = "The signed-in merchant's appeals, latest filed first, a keyset page at a time")
    public Page<Views.AppealView> myAppeals(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return views.appeals(appeals.ofMerchant(caller.merchant(), ListParameters.limit(limit, DEFAULT_PAGE, MAX_PAGE),
                Cursor.read("cursor", cursor, AppealService.OF_MERCHANT, 2)));
    }

    /** The signed-in merchant's listings by id, every status unless {@code status} names one. */
    @GET
    @Path("/me/listings")
    @RolesAllowed("merchant")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listMyListings", summary = "The signed-in merchant's listings by id, optionally of one status, a keyset page at a time")
    public Page<Views.ListingRef> myListings(@QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return listings.ofMerchant(caller.merchant(), ListParameters.constant("status", status, ListingStatus.class),
                ListParameters.limit(limit, DEFAULT_PAGE, MAX_PAGE),
                Cursor.read("cursor", cursor, Listings.OF_MERCHANT, 1)).map(views::listing);
    }

    private Page<Views.SanctionView> sanctions(Merchant merchant, String status, String limit, String cursor) {
        return standings.sanctions(merchant, ListParameters.constant("status", status, LedgerStatus.class),
                ListParameters.limit(limit, DEFAULT_PAGE, MAX_PAGE),
                Cursor.read("cursor", cursor, StandingService.SANCTIONS, 2))
                .map(row -> views.sanction(row.sanction(), row.openAppealId()));
    }

    private Page<Views.ViolationView> violations(Merchant merchant, String limit, String cursor) {
        return standings.activeViolations(merchant, ListParameters.limit(limit, DEFAULT_PAGE, MAX_PAGE),
                Cursor.read("cursor", cursor, StandingService.VIOLATIONS, 2)).map(views::violation);
    }

    /** The merchant if the caller may read its record; anyone else learns nothing. */
    private Merchant visible(long id) {
        return standings.visible(id, caller.actor()).orElseThrow(() -> Refusal.notFound("merchant"));
    }
}
