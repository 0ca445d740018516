package io.markguard.merchant.rest;

import io.markguard.merchant.Merchant;
import io.markguard.merchant.service.AppealService;
import io.markguard.merchant.service.Listings;
import io.markguard.merchant.service.MerchantEnrolment;
import io.markguard.platform.problem.Refusal;
import io.markguard.merchant.service.StandingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
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

    public record ListingPage(int page, int size, long total, List<Views.ListingRef> listings) {
    }

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
    public Views.MerchantView me() {
        return views.merchant(caller.merchant());
    }

    @GET
    @Path("/me/trader-identity")
    @RolesAllowed("merchant")
    @Transactional
    public Views.TraderIdentityView identity() {
        return views.identity(caller.merchant());
    }

    @PUT
    @Path("/me/trader-identity")
    @RolesAllowed("merchant")
    @Transactional
    public Views.TraderIdentityView updateIdentity(@NotNull @Valid TraderIdentityRequest request) {
        Merchant merchant = enrolment.updateIdentity(caller.subject(), caller.username(),
                new MerchantEnrolment.TraderIdentity(request.legalName(), request.address(), request.phone(),
                        request.email(), request.identityDocumentRef(), request.tradeRegisterNumber(),
                        request.selfCertified()));
        return views.identity(merchant);
    }

    @GET
    @Path("/me/standing")
    @RolesAllowed("merchant")
    @Transactional
    public Views.StandingView myStanding() {
        return views.standing(standings.of(caller.merchant()));
    }

    /** Any merchant's standing for reviewers and admins; a merchant reads only its own (others are "not found"). */
    @GET
    @Path("/{id:\\d+}/standing")
    @RolesAllowed({ "merchant", "reviewer", "admin" })
    @Transactional
    public Views.StandingView standing(@RestPath long id) {
        return views.standing(standings.of(id, caller.actor()).orElseThrow(() -> Refusal.notFound("merchant")));
    }

    /** Every sanction of the signed-in merchant, in force or not, the latest first. */
    @GET
    @Path("/me/sanctions")
    @RolesAllowed("merchant")
    @Transactional
    public List<Views.SanctionView> mySanctions() {
        return standings.sanctions(caller.merchant()).stream().map(views::sanction).toList();
    }

    @GET
    @Path("/me/appeals")
    @RolesAllowed("merchant")
    @Transactional
    public List<Views.AppealView> myAppeals() {
        return appeals.ofMerchant(caller.merchant()).stream().map(views::appeal).toList();
    }

    @GET
    @Path("/me/listings")
    @RolesAllowed("merchant")
    @Transactional
    public ListingPage myListings(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Listings.Page found = listings.ofMerchant(caller.merchant(), page, size);
        return new ListingPage(page, size, found.total(), found.listings().stream().map(views::listing).toList());
    }
}
