package io.markguard.portal.client;

import io.markguard.platform.paging.Page;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** merchant-service, called with the signed-in user's token; the records mirror its README. */
@RegisterRestClient(configKey = "merchant-service")
@RegisterClientHeaders(UserTokenForwarding.class)
public interface MerchantRestClient {

    record Me(String subject, String username, List<String> roles) {
    }

    record ListingRef(long id, String title, String url, String status) {
    }

    record Sanction(long id, long merchantId, String measure, String status, Instant decidedAt, Instant expiresAt,
            Instant endedAt, String endReason, String policyVersion, String policyClause, Instant appealDeadline,
            boolean appealable, Long openAppealId, ListingRef listing, String brandName, String complaintItemId,
            Instant asOf) {
    }

    record Violation(long id, String complaintItemId, ListingRef listing, String brandName, String infringementType,
            String severity, int points, Instant decidedAt, Instant expiresAt, String status) {
    }

    record NextStep(String level, int atPoints, int pointsToGo) {
    }

    record Standing(long merchantId, String merchantName, Instant asOf, String policyVersion, String level,
            int activePoints, boolean mayList, boolean newListingsHeld, Instant listingBlockedUntil, NextStep nextStep,
            long sanctionsInForceCount, long activeViolationCount) {
    }

    record IpRight(String office, String registrationNumber, String mark) {
    }

    record Decision(String measure, String summary, Instant takenAt, Instant endsAt, String status) {
    }

    record Ground(String type, String legalGround, IpRight ipRight, String infringementType, String policyVersion,
            String policyClause) {
    }

    record Redress(Instant appealDeadline, boolean appealable, String appealHow, Long openAppealId,
            String outOfCourtAndJudicial) {
    }

    record StatementOfReasons(long sanctionId, String puid, Decision decision, String facts, Ground ground,
            boolean automatedDetection, boolean automatedDecision, String channel, ListingRef listing,
            String complainant, Redress redress, Instant asOf) {
    }

    record Evidence(long id, String filename, String mediaType, long sizeBytes, String sha256, Instant uploadedAt) {
    }

    record Appeal(long id, long sanctionId, long merchantId, String merchantName, String status, String explanation,
            Instant filedAt, Instant brandAnswerDeadline, Instant decisionDeadline, Instant brandNotifiedAt,
            String brandAnswer, Instant brandAnsweredAt, Instant decidedAt, String decisionReason,
            String sanctionMeasure, String brandName, ListingRef listing, List<Evidence> evidence, Instant asOf) {
    }

    record SanctionDetail(Sanction sanction, StatementOfReasons statementOfReasons, List<Appeal> appeals) {
    }

    record Completeness(int filled, int required, int percent, List<String> missing) {
    }

    record TraderIdentity(String legalName, String address, String phone, String email, String identityDocumentRef,
            String tradeRegisterNumber, Boolean selfCertified, Instant selfCertifiedAt, Instant updatedAt,
            Completeness completeness) {
    }

    record TraderIdentityUpdate(String legalName, String address, String phone, String email,
            String identityDocumentRef, String tradeRegisterNumber, Boolean selfCertified) {
    }

    record AppealDecision(String outcome, String reason) {
    }

    record Seller(long merchantId, String name) {
    }

    record AppealFigures(long filed, long open, long upheld, long denied, java.math.BigDecimal upheldShare,
            java.math.BigDecimal medianHoursToDecision) {
    }

    record MeasureCount(String measure, long sanctions) {
    }

    record RepeatInfringers(int distinctBrands, long windowDays, long determinations, long repeatViolations) {
    }

    record MerchantFigures(Instant from, Instant to, AppealFigures appeals, List<MeasureCount> sanctions, long violations,
            RepeatInfringers repeatInfringers, String method, Instant generatedAt) {
    }

    record FoundListing(long id, String title, String url, String brandClaimed, java.math.BigDecimal price,
            String currency, String status, Seller seller) {
    }

    @GET
    @Path("/api/me")
    Me me();

    @GET
    @Path("/api/transparency")
    MerchantFigures transparency(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/api/listings/search")
    Page<FoundListing> searchListings(@QueryParam("q") String q, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/merchants/me/standing")
    Standing standing();

    @GET
    @Path("/api/merchants/me/sanctions")
    Page<Sanction> sanctions(@QueryParam("status") String status, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/merchants/me/violations")
    Page<Violation> violations(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/merchants/me/appeals")
    Page<Appeal> myAppeals(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/merchants/me/trader-identity")
    TraderIdentity traderIdentity();

    @PUT
    @Path("/api/merchants/me/trader-identity")
    @Consumes(MediaType.APPLICATION_JSON)
    TraderIdentity updateTraderIdentity(TraderIdentityUpdate update);

    @GET
    @Path("/api/sanctions/{id}")
    SanctionDetail sanction(@PathParam("id") long id);

    @POST
    @Path("/api/sanctions/{id}/appeals")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Appeal fileAppeal(@PathParam("id") long sanctionId, @HeaderParam("Idempotency-Key") String idempotencyKey,
            ClientMultipartForm form);

    @GET
    @Path("/api/appeals")
    Page<Appeal> appeals(@QueryParam("status") String status, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/appeals/{id}")
    Appeal appeal(@PathParam("id") long id);

    @GET
    @Path("/api/appeals/{id}/evidence/{evidenceId}")
    Response evidence(@PathParam("id") long appealId, @PathParam("evidenceId") long evidenceId);

    @POST
    @Path("/api/appeals/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    Appeal decide(@PathParam("id") long appealId, AppealDecision decision);
}
