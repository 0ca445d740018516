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
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** merchant-service, called with the signed-in user's token; the records mirror its README. */
@RegisterRestClient(configKey = "merchant-service")
@RegisterClientHeaders(UserTokenForwarding.class)
public interface MerchantRestClient {

    /** {@code offSaleBecause}: why a HELD or SUSPENDED listing is not on sale (merchant-service's code); empty otherwise. */
    record ListingRef(long id, String title, String url, String status, String offSaleBecause) {
    }

    /** A text as merchant-service states it: a code and its parameters, rendered by the portal ({@code ReasonTexts}). */
    record Coded(String code, Map<String, String> params) {
    }

    record CodedReasons(Coded clause, Coded facts, Coded endReason) {
    }

    record SeverityView(String severity, int points, String source, String reviewer, String reasonCode) {
    }

    record Sanction(long id, long merchantId, String measure, String status, Instant decidedAt, Instant expiresAt,
            Instant endedAt, String endReason, String policyVersion, String policyClause, Instant appealDeadline,
            boolean appealable, Long openAppealId, ListingRef listing, String brandName, String complaintItemId,
            CodedReasons coded, Instant asOf) {
    }

    record Violation(long id, String complaintItemId, ListingRef listing, String brandName, String infringementType,
            String severity, String severitySource, int points, Instant decidedAt, Instant expiresAt, String status) {
    }

    /** The penalty policy in force: points per severity and the default severities, per infringement type. */
    record Policy(String version, long pointsExpireAfterDays, List<PolicyType> types, List<PolicyStep> ladder) {

        public java.util.Optional<PolicyType> type(String infringementType) {
            return types == null ? java.util.Optional.empty()
                    : types.stream().filter(t -> t.infringementType().equals(infringementType)).findFirst();
        }
    }

    /** A step of the ladder: the measure a merchant's active points reach at {@code atPoints}. */
    record PolicyStep(String measure, int atPoints) {
    }

    record PolicyType(String infringementType, Map<String, Integer> points, String defaultSeverity,
            Map<String, String> reasonDefaults) {
    }

    record NextStep(String level, int atPoints, int pointsToGo) {
    }

    record Standing(long merchantId, String merchantName, Instant asOf, String policyVersion, String level,
            int activePoints, boolean mayList, boolean newListingsHeld, Instant listingBlockedUntil, NextStep nextStep,
            long sanctionsInForceCount, long activeViolationCount, String offSale,
            PendingTermination pendingTermination) {

        /** Whether the account measures keep the listings off sale ({@code offSale} other than ON_SALE). */
        public boolean listingsOffSale() {
            return offSale != null && !offSale.isBlank() && !"ON_SALE".equals(offSale);
        }
    }

    /** A termination of the account waiting for a second reviewer, who decides by {@code deadline}. */
    record PendingTermination(long id, Instant proposedAt, Instant deadline) {
    }

    record IpRight(String office, String registrationNumber, String mark) {
    }

    /** A listing as it is now, for a reviewer beside the snapshot a notice kept of it. */
    record Listing(long id, String url, String title, String brandClaimed, java.math.BigDecimal price, String currency,
            String status, Seller seller, String snapshot, String snapshotSha256, Instant asOf) {
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
            String complainant, Redress redress, CodedReasons coded, SeverityView severity, Instant asOf) {
    }

    record Evidence(long id, String filename, String mediaType, long sizeBytes, String sha256, Instant uploadedAt) {
    }

    record Appeal(long id, long sanctionId, long merchantId, String merchantName, String status, String explanation,
            Instant filedAt, Instant brandAnswerDeadline, Instant decisionDeadline, Instant brandNotifiedAt,
            String brandAnswer, Instant brandAnsweredAt, Instant decidedAt, String decisionReason,
            String sanctionMeasure, String brandName, ListingRef listing, List<Evidence> evidence, Instant asOf,
            String brandId, Long rightId, List<String> brandAnswerEvidence, String decisionReasonCode,
            FourEyes fourEyes) {
    }

    /** Reviewers' view of who may decide the appeal (absent for anyone else). */
    record FourEyes(String originalDecision, String originalDecider, boolean mayDecide, String barredBecause) {
    }

    record BrandAnswer(String answer, List<String> evidenceUrls) {
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

    record AppealDecision(String outcome, String reasonCode, String reason) {
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
            RepeatInfringers repeatInfringers, String method, Instant generatedAt, LogBinding log) {
    }

    record FoundListing(long id, String title, String url, String brandClaimed, java.math.BigDecimal price,
            String currency, String status, Seller seller) {
    }

    @GET
    @Path("/api/transparency")
    MerchantFigures transparency(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/api/policy")
    Policy policy();

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
    @Path("/api/merchants/me/listings")
    Page<ListingRef> myListings(@QueryParam("status") String status, @QueryParam("limit") int limit,
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
    @Path("/api/merchants/{id}/standing")
    Standing standingOf(@PathParam("id") long merchantId);

    @GET
    @Path("/api/merchants/{id}/sanctions")
    Page<Sanction> sanctionsOf(@PathParam("id") long merchantId, @QueryParam("limit") int limit);

    @GET
    @Path("/api/listings/{id}")
    Listing listing(@PathParam("id") long id);

    @GET
    @Path("/api/brands/{brandId}/appeals")
    Page<Appeal> brandAppeals(@PathParam("brandId") long brandId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/appeals/{id}/statement-of-reasons")
    StatementOfReasons appealStatement(@PathParam("id") long appealId);

    @POST
    @Path("/api/appeals/{id}/brand-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    Appeal answer(@PathParam("id") long appealId, BrandAnswer answer);

    @GET
    @Path("/api/appeals/{id}/evidence/{evidenceId}")
    Response evidence(@PathParam("id") long appealId, @PathParam("evidenceId") long evidenceId);

    @POST
    @Path("/api/appeals/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    Appeal decide(@PathParam("id") long appealId, AppealDecision decision);

    /** A termination waiting for (or decided by) a second reviewer; {@code proposedBy} empty when the ladder proposed. */
    record Termination(long id, long merchantId, String merchantName, String status, Instant proposedAt,
            String proposedBy, String reason, String policyClause, String facts, long violationId, ListingRef listing,
            String brandName, Instant deadline, boolean overdue, Instant decidedAt, String decidedBy,
            String decisionReason, Long sanctionId, CodedReasons coded, Instant asOf) {
    }

    record TerminationDecision(String outcome, String reason) {
    }

    @GET
    @Path("/api/terminations")
    Page<Termination> terminations(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/terminations/{id}")
    Termination termination(@PathParam("id") long id);

    @POST
    @Path("/api/terminations/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    Termination decideTermination(@PathParam("id") long id, TerminationDecision decision);

    /** The submissions to the EU Transparency Database per state, from merchant-service's kept counts. */
    record SubmissionSummary(Map<String, Long> counts, long total, boolean sending) {
    }

    /**
     * One statement's submission: {@code errors} the database's own, per field, when it refused it; {@code reversedAt}
     * when its sanction was reversed after the database took it (the database keeps it as submitted).
     */
    record Submission(String puid, long sanctionId, String state, int attempts, Instant nextAttemptAt, String tdbUuid,
            Map<String, List<String>> errors, String lastFailure, Instant createdAt, Instant updatedAt,
            Instant submittedAt, Instant reversedAt) {
    }

    @GET
    @Path("/api/transparency-database/summary")
    SubmissionSummary submissionSummary();

    @GET
    @Path("/api/transparency-database/submissions")
    Page<Submission> submissions(@QueryParam("state") String state, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @POST
    @Path("/api/transparency-database/submissions/{puid}/requeue")
    Submission requeueSubmission(@PathParam("puid") String puid);

    /** Where a decision stands in the service's public log: GET /api/decision-log/leaves/by-key/{key}. */
    record DecisionLogEntry(long index, long treeSize) {
    }

    @GET
    @Path("/api/decision-log/leaves/by-key/{key}")
    DecisionLogEntry decisionLogEntry(@PathParam("key") String key);
}
