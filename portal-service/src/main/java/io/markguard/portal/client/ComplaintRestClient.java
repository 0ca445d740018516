package io.markguard.portal.client;

import io.markguard.platform.paging.Page;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** complaint-service, called with the signed-in user's token; the records mirror its README. */
@RegisterRestClient(configKey = "complaint-service")
@RegisterClientHeaders(UserTokenForwarding.class)
public interface ComplaintRestClient {

    record Listing(long id, String url, String title, BigDecimal price, String currency, String statusAtIntake) {
    }

    record Seller(long merchantId, String name) {
    }

    record Item(long id, long complaintId, long brandId, String infringementType, Listing listing, Seller seller,
            String snapshotSha256, Instant snapshotAt, String status, String channel, Long duplicateOf,
            boolean spotCheck, Instant spotCheckedAt, Instant deadline, boolean breached, String claimedBy,
            Instant claimExpiresAt, Instant decidedAt, String reasonCode, String reasonText, String severity,
            String severitySource, Instant takedownAppliedAt, Long violationId, Instant retractedAt, Instant reversedAt,
            String reversalReason, Instant asOf) {
    }

    record Right(long id, String type, String office, String registrationNumber, String mark) {
    }

    record Submitter(String subject, String username) {
    }

    record Evidence(long id, String kind, String reference, String mediaType, Long sizeBytes, String sha256,
            Instant addedAt) {
    }

    /** The listing's text as merchant-service gave it at filing (canonical JSON) and its SHA-256. */
    record Snapshot(String text, String sha256, Instant takenAt) {
    }

    /** Who holds an item and until when; {@code live} while the claim has not lapsed. */
    record Claim(String by, Instant at, Instant expiresAt, boolean live) {
    }

    record Grounds(long id, long brandId, String brandName, Right right, String infringementType, String explanation,
            String channel, Submitter submitter, boolean goodFaith, boolean accurate, Instant filedAt, Long bulkJobId) {
    }

    /** An item as a reviewer decides on it (complaint-service's {@code GET /api/review/items/{id}}). */
    record ReviewItem(Item item, Grounds complaint, List<Evidence> evidence, List<Evidence> testPurchases,
            Snapshot snapshot, Claim claim, Instant asOf) {
    }

    record Counts(int items, int pending, int accepted, int rejected, int duplicates, int retracted, int reversed) {
    }

    record Complaint(long id, long brandId, String brandName, Right right, String infringementType,
            String explanation, String channel, Submitter submitter, boolean goodFaith, boolean accurate,
            Instant filedAt, Long bulkJobId, List<Evidence> evidence, Counts counts, List<Item> items, String itemsNextCursor,
            Instant asOf) {
    }

    record ComplaintSummary(long id, long brandId, String brandName, String infringementType, String channel,
            Instant filedAt, Counts counts, Instant nextDeadline, Instant asOf) {
    }

    record EvidenceInput(List<String> urls, List<String> testPurchaseOrders) {
    }

    record NewComplaint(long brandId, long rightId, String infringementType, List<String> listings, String explanation,
            EvidenceInput evidence, boolean goodFaith, boolean accurate) {
    }

    record Message(long id, long itemId, String authorSide, String authorName, String body, Instant sentAt) {
    }

    record NewMessage(String body) {
    }

    record Retraction(String reason) {
    }

    record Job(long id, Long complaintId, long brandId, String format, String state, int totalRows, int processedRows,
            int filedRows, int duplicateRows, int refusedRows, int percent, Instant createdAt, Instant startedAt,
            Instant finishedAt, String failure, Instant asOf) {
    }

    record ReportRow(int row, String listing, String outcome, String field, String message, Long itemId) {
    }

    record Figures(int decided, int accepted, int rejected, int takedowns, int reversedOnAppeal, int retracted,
            BigDecimal acceptedShare, BigDecimal reversedShare) {
    }

    record TrustPolicy(String version, String formula, String window, BigDecimal minAcceptedShare,
            BigDecimal maxReversedShare, int minDecidedItems, String lockout, BigDecimal spotCheckShare) {
    }

    record Score(long brandId, Instant windowStart, Figures overall, Map<String, Figures> byInfringementType,
            boolean meetsBar) {
    }

    /** The fast track overall and per infringement type ({@code byInfringementType}: all five, in order). */
    record FastTrack(boolean active, Instant since, Instant revokedAt, Instant lockedUntil,
            List<TypeFastTrack> byInfringementType) {
    }

    record TypeFastTrack(String infringementType, boolean active, boolean meetsBar, Instant since, Instant revokedAt,
            Instant lockedUntil) {
    }

    record MisusePolicy(String window, int minDecidedItems, BigDecimal unfoundedShare, String suspension) {
    }

    record MisuseFigures(long decided, long manifestlyUnfounded, BigDecimal unfoundedShare, Instant windowStart,
            Instant warnedAt, Instant suspendedFrom, Instant suspendedUntil) {
    }

    record Misuse(MisusePolicy policy, MisuseFigures figures, boolean filingSuspended) {
    }

    record TrustScore(long brandId, TrustPolicy policy, Score score, FastTrack fastTrack, Misuse misuse, Instant asOf) {
    }

    /** {@code severity} only when the reviewer chose one other than the policy's default; empty leaves the default. */
    record Decision(String outcome, String reasonCode, String reason, String severity) {
    }

    record Breaches(int open, int openPastDeadline, int decided, int decidedLate, Instant asOf) {
    }

    record ChannelTimes(String channel, long actioned, BigDecimal medianHours, BigDecimal p95Hours, long within24h,
            long openPastDay, BigDecimal within24hShare) {
    }

    record Volume(String key, long items, long accepted, long rejected, long pending, long retracted,
            long reversedOnAppeal) {
    }

    record Count(String key, long items) {
    }

    /** One calendar month of the period; times over both channels. */
    record Month(String month, long notices, long items, long takedowns, long actioned, BigDecimal medianHours,
            BigDecimal p95Hours) {
    }

    /** The fast track's spot checks, its accuracy indicator (DSA Art. 15(1)(e)). */
    record SpotChecks(long fastTrackActioned, long drawn, long checked, long upheld, long overturned, BigDecimal accuracy,
            BigDecimal errorRate, String method) {
    }

    record PlatformFigures(Instant from, Instant to, Long brandId, List<ChannelTimes> timeToAction, List<Volume> byInfringementType,
            List<Volume> byOffice, List<Count> byOutcome, long notices, long items, long takedowns, long retracted,
            long reversedOnAppeal, BigDecimal retractedShare, BigDecimal reversedShare, long fastTrackBrands,
            long misuseWarnings, long filingSuspensions, List<Month> months, SpotChecks spotChecks, String method,
            Instant generatedAt, LogBinding log) {

        /** The months, none when complaint-service answered without them. */
        public List<Month> monthsOrNone() {
            return months == null ? List.of() : months;
        }

        /** The spot checks, all zero when complaint-service answered without them. */
        public SpotChecks spotChecksOrNone() {
            return spotChecks == null ? new SpotChecks(0, 0, 0, 0, 0, null, null, "") : spotChecks;
        }
    }

    @GET
    @Path("/api/transparency")
    @Produces(MediaType.APPLICATION_JSON)
    PlatformFigures transparency(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("brandId") Long brandId);

    @GET
    @Path("/api/transparency")
    @Produces(MediaType.APPLICATION_JSON)
    String transparencyJson(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("brandId") Long brandId);

    @GET
    @Path("/api/transparency")
    @Produces("text/csv")
    String transparencyCsv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("brandId") Long brandId);

    @POST
    @Path("/api/complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    Complaint file(@HeaderParam("Idempotency-Key") String idempotencyKey, NewComplaint notice);

    @GET
    @Path("/api/complaints")
    Page<ComplaintSummary> complaints(@QueryParam("brandId") long brandId, @QueryParam("status") String status,
            @QueryParam("infringementType") String infringementType, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("rightId") Long rightId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/complaints/{id}")
    Complaint complaint(@PathParam("id") long id);

    @GET
    @Path("/api/complaints/{id}/items")
    Page<Item> complaintItems(@PathParam("id") long id, @QueryParam("status") String status, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @POST
    @Path("/api/complaint-jobs")
    @Consumes("text/csv")
    Job uploadCsv(@QueryParam("brandId") long brandId, @QueryParam("rightId") long rightId,
            @QueryParam("infringementType") String infringementType, @QueryParam("explanation") String explanation,
            @QueryParam("goodFaith") boolean goodFaith, @QueryParam("accurate") boolean accurate,
            @HeaderParam("Idempotency-Key") String idempotencyKey, java.io.InputStream csv);

    @POST
    @Path("/api/complaint-jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    Job uploadJson(@QueryParam("brandId") long brandId, @QueryParam("rightId") long rightId,
            @QueryParam("infringementType") String infringementType, @QueryParam("explanation") String explanation,
            @QueryParam("goodFaith") boolean goodFaith, @QueryParam("accurate") boolean accurate,
            @HeaderParam("Idempotency-Key") String idempotencyKey, java.io.InputStream json);

    @GET
    @Path("/api/complaint-jobs/{id}")
    Job job(@PathParam("id") long id);

    @GET
    @Path("/api/complaint-jobs/{id}/report")
    @Produces(MediaType.APPLICATION_JSON)
    Page<ReportRow> report(@PathParam("id") long id, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/complaint-jobs/{id}/report")
    @Produces("text/csv")
    String reportCsv(@PathParam("id") long id);

    @GET
    @Path("/api/complaint-items")
    Page<Item> myItems(@QueryParam("mine") boolean mine, @QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/complaint-items/{id}")
    Item item(@PathParam("id") long id);

    @POST
    @Path("/api/complaint-items/{id}/retraction")
    @Consumes(MediaType.APPLICATION_JSON)
    Item retract(@PathParam("id") long id, Retraction retraction);

    @GET
    @Path("/api/complaint-items/{id}/messages")
    Page<Message> messages(@PathParam("id") long id, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/complaint-items/{id}/messages")
    Page<Message> latestMessages(@PathParam("id") long id, @QueryParam("order") String latest, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @POST
    @Path("/api/complaint-items/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    Message send(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String idempotencyKey, NewMessage message);

    @GET
    @Path("/api/review/queue")
    Page<Item> queue(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/review/items/{id}")
    ReviewItem reviewItem(@PathParam("id") long id);

    @GET
    @Path("/api/complaints/{id}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    Response evidenceDocument(@PathParam("id") long complaintId, @PathParam("evidenceId") long evidenceId);

    @POST
    @Path("/api/review/items/{id}/claim")
    Item claim(@PathParam("id") long id);

    @POST
    @Path("/api/review/items/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    Item decide(@PathParam("id") long id, Decision decision);

    @GET
    @Path("/api/review/breaches")
    Breaches breaches();

    @GET
    @Path("/api/brands/{brandId}/trust-score")
    TrustScore trustScore(@PathParam("brandId") long brandId);

    /** Where a decision stands in the service's public log: GET /api/decision-log/leaves/by-key/{key}. */
    record DecisionLogEntry(long index, long treeSize) {
    }

    @GET
    @Path("/api/decision-log/leaves/by-key/{key}")
    DecisionLogEntry decisionLogEntry(@PathParam("key") String key);

    /** A webhook subscription of the brand's (complaint-service's {@code /api/brands/{id}/webhooks}). */
    record Webhook(String id, long brandId, String url, List<String> events, String status, Instant createdAt,
            String createdByClient, int consecutiveFailures, Instant pausedAt, Instant lastDeliveredAt, String lastError) {
    }

    record NewWebhook(String url, List<String> events) {
    }

    /** A new subscription and its signing secret, which no other answer carries. */
    record CreatedWebhook(Webhook subscription, String secret) {
    }

    record WebhookDelivery(long id, String eventId, String eventType, String status, int attempts, Integer lastStatus,
            String lastError, Instant createdAt, Instant lastAttemptAt, Instant deliveredAt) {
    }

    @GET
    @Path("/api/brands/{brandId}/webhooks")
    List<Webhook> webhooks(@PathParam("brandId") long brandId);

    @POST
    @Path("/api/brands/{brandId}/webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    CreatedWebhook subscribe(@PathParam("brandId") long brandId, NewWebhook subscription);

    @GET
    @Path("/api/brands/{brandId}/webhooks/{id}")
    Webhook webhook(@PathParam("brandId") long brandId, @PathParam("id") String id);

    @jakarta.ws.rs.DELETE
    @Path("/api/brands/{brandId}/webhooks/{id}")
    void deleteWebhook(@PathParam("brandId") long brandId, @PathParam("id") String id);

    @POST
    @Path("/api/brands/{brandId}/webhooks/{id}/resumption")
    Webhook resumeWebhook(@PathParam("brandId") long brandId, @PathParam("id") String id);

    @GET
    @Path("/api/brands/{brandId}/webhooks/{id}/deliveries")
    Page<WebhookDelivery> webhookDeliveries(@PathParam("brandId") long brandId, @PathParam("id") String id,
            @QueryParam("status") String status, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @POST
    @Path("/api/brands/{brandId}/webhooks/{id}/deliveries/{deliveryId}/redelivery")
    WebhookDelivery redeliver(@PathParam("brandId") long brandId, @PathParam("id") String id,
            @PathParam("deliveryId") long deliveryId);
}
