package io.markguard.merchant.rest;

import io.markguard.merchant.Violation;
import io.markguard.merchant.service.Listings;
import io.markguard.merchant.service.PenaltyLedger;
import io.markguard.merchant.service.StatementTexts;
import io.markguard.platform.problem.Refusal;
import io.markguard.merchant.service.StandingService;
import io.markguard.merchant.service.Takedown;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestPath;

/** Endpoints for complaint-service, its only caller, which calls with its own client-credentials token. */
@Path("/api/internal")
@RolesAllowed("complaint-service")
public class InternalResource {

    public record Caller(String clientId, String subject, List<String> roles) {
    }

    /**
     * What a takedown did: the violation and every sanction it led to, and the merchant's standing after it
     * (left out when the caller sends {@code Prefer: return=minimal}).
     */
    public record TakedownResult(long violationId, String complaintItemId, long merchantId,
            Views.ListingRef listing, String severity, int points, Instant expiresAt, String policyVersion,
            boolean replayed, List<Views.SanctionView> sanctions, Views.StandingView standing) {
    }

    /**
     * Takedowns of several items of one complaint, applied in one transaction, each once by its complaint item:
     * the fields the items share once, then each item's own. Each item is read as the {@link Takedown} of these
     * fields with the item's.
     */
    public record Batch(
            @NotBlank @Size(max = 64) String brandId,
            @NotBlank @Size(max = 255) String brandName,
            @NotBlank @Size(max = 64) String submitterSubject,
            @NotBlank @jakarta.validation.constraints.Email @Size(max = 320) String submitterEmail,
            @NotNull @Valid Takedown.IpRight ipRight,
            @NotNull io.markguard.merchant.InfringementType infringementType,
            io.markguard.merchant.Severity severity,
            io.markguard.merchant.SeveritySource severitySource,
            @NotNull io.markguard.merchant.Channel channel,
            @NotNull Boolean automatedDetection,
            @NotNull Boolean automatedDecision,
            @NotBlank @Size(max = 2000) String explanation,
            Long rightId,
            @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid BatchEntry> items) {

        List<Takedown> takedowns() {
            return items.stream().map(i -> new Takedown(i.complaintItemId(), i.listingId(), brandId, brandName,
                    submitterSubject, submitterEmail, ipRight, infringementType, severity, severitySource, null, null, channel,
                    automatedDetection, automatedDecision, explanation, i.decidedAt(), i.decidedBy(), rightId)).toList();
        }
    }

    public record BatchEntry(@NotBlank @Size(max = 64) String complaintItemId, @NotNull Long listingId,
            @NotNull Instant decidedAt, @Size(max = 255) String decidedBy) {
    }

    /**
     * One takedown of a batch: its violation (and whether it had been applied before), or {@code refused} with the
     * reason, for a takedown left out while the others were applied.
     */
    public record BatchItem(String complaintItemId, Long violationId, Long merchantId, String severity, Integer points,
            boolean replayed, String refused) {
    }

    public record BatchResult(List<BatchItem> results) {
    }

    /**
     * {@code kind} says why: RETRACTED_BY_BRAND (when not sent) or OVERTURNED_ON_REVIEW (a spot check rejected the
     * fast-track item); {@code reason} is what the brand or the reviewer wrote.
     */
    public record Retraction(@NotBlank @Size(max = 64) String complaintItemId, @NotBlank @Size(max = 2000) String reason,
            @jakarta.validation.constraints.Pattern(regexp = "RETRACTED_BY_BRAND|OVERTURNED_ON_REVIEW") String kind) {
    }

    public record RetractionResult(String complaintItemId, long violationId, Views.ListingRef listing,
            String violationStatus, Instant reversedAt, List<Long> reversedSanctionIds, boolean replayed,
            Views.StandingView standing) {
    }

    /** Listing ids or URLs, as a bulk job's rows name them. */
    public record Lookup(@NotNull @Size(max = 1000) List<@NotNull @Size(max = 2048) String> references) {
    }

    @Inject
    io.markguard.merchant.service.MerchantMetrics telemetry;

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @Inject
    PenaltyLedger ledger;

    @Inject
    StandingService standings;

    @Inject
    Listings listings;

    @Inject
    Views views;

    /** Which service called, as merchant-service authenticated it. */
    @GET
    @Path("/caller")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getCaller", summary = "Internal: which service called, as merchant-service authenticated it")
    public Caller caller() {
        return new Caller(token.getClaim("azp"), token.getSubject(), identity.getRoles().stream().sorted().toList());
    }

    /** complaint-service orders a takedown: 201 the first time, 200 with the same result for a repeat. */
    @POST
    @Path("/takedowns")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "takeDown", summary = "Internal, for complaint-service's outbox: apply a takedown (a repeat answers the same result)")
    public Response takeDown(@NotNull @Valid Takedown command, @HeaderParam("Prefer") String prefer) {
        PenaltyLedger.TakedownOutcome outcome = ledger.takeDown(command);
        Violation v = outcome.violation();
        if (!outcome.replayed()) {
            telemetry.takedownApplied(v.channel.name());
        }
        // RFC 7240: a caller that only needs to know the takedown is recorded is spared the merchant's whole
        // standing, whose cost grows with every violation the merchant has.
        boolean minimal = minimal(prefer);
        TakedownResult result = new TakedownResult(v.id, v.complaintItemId, v.merchant.id, views.listing(v.listing),
                v.severity.name(), v.points, v.expiresAt, v.policyVersion, outcome.replayed(),
                outcome.sanctions().stream().map(views::sanction).toList(),
                minimal ? null : views.standing(standings.of(v.merchant)));
        Response.ResponseBuilder response = Response.status(outcome.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(result);
        if (minimal) {
            response.header("Preference-Applied", "return=minimal");
        }
        return response.build();
    }

    /**
     * Several takedowns in one transaction (a bulk upload's chunk): the results in the order sent, without the
     * merchants' standing. Repeatable: a takedown applied before answers as it did.
     */
    @POST
    @Path("/takedowns/batch")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "takeDownAll", summary = "Internal, for complaint-service's outbox: apply up to 500 takedowns of a notice in one transaction")
    public BatchResult takeDownAll(@NotNull @Valid Batch batch) {
        List<BatchItem> results = ledger.takeDownAll(batch.takedowns()).stream().map(o -> o.outcome().map(outcome -> {
            Violation v = outcome.violation();
            if (!outcome.replayed()) {
                telemetry.takedownApplied(v.channel.name());
            }
            return new BatchItem(v.complaintItemId, v.id, v.merchant.id, v.severity.name(), v.points, outcome.replayed(),
                    null);
        }).orElseGet(() -> new BatchItem(o.command().complaintItemId(), null, null, null, null, false, o.refused())))
                .toList();
        return new BatchResult(results);
    }

    /**
     * The brand took its complaint back: listing restored, points and the sanctions it caused reversed. Repeatable.
     * {@code Prefer: return=minimal} leaves the merchant's standing out, as for a takedown.
     */
    @POST
    @Path("/retractions")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "retractTakedown", summary = "Internal, for complaint-service's outbox: the brand took its complaint back; the listing is restored and the sanction reversed")
    public Response retract(@NotNull @Valid Retraction request, @HeaderParam("Prefer") String prefer) {
        PenaltyLedger.ReversalOutcome outcome = ledger.retract(request.complaintItemId(),
                io.markguard.merchant.CodedText.of(request.kind() == null ? StatementTexts.RETRACTED_BY_BRAND : request.kind(),
                        "reason", request.reason()))
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "complaintItemId",
                        "No takedown for complaint item " + request.complaintItemId() + "."));
        Violation v = outcome.violation();
        boolean minimal = minimal(prefer);
        RetractionResult result = new RetractionResult(v.complaintItemId, v.id, views.listing(v.listing),
                v.status.name(), v.endedAt, ledger.causedBy(v).stream().map(s -> s.id).toList(), outcome.replayed(),
                minimal ? null : views.standing(standings.of(v.merchant)));
        Response.ResponseBuilder response = Response.ok(result);
        if (minimal) {
            response.header("Preference-Applied", "return=minimal");
        }
        return response.build();
    }

    /** A reviewer upheld the fast-track takedown of the item in its spot check. */
    public record SpotCheck(@NotBlank @Size(max = 64) String complaintItemId, @NotBlank @Size(max = 255) String checkedBy) {
    }

    public record SpotCheckResult(String complaintItemId, long violationId, String checkedBy) {
    }

    /**
     * complaint-service's word, after commit and after the item's takedown, that a reviewer upheld it in its spot
     * check: recorded on the violation so that the reviewer does not decide an appeal against it. Repeatable.
     */
    @POST
    @Path("/spot-checks")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "recordSpotCheck", summary = "Internal, for complaint-service's outbox: a reviewer upheld a fast-track takedown in its spot check")
    public SpotCheckResult spotChecked(@NotNull @Valid SpotCheck request) {
        Violation v = Violation.findByComplaintItem(request.complaintItemId())
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "complaintItemId",
                        "No takedown for complaint item " + request.complaintItemId() + "."));
        v.checkedBy = request.checkedBy();
        return new SpotCheckResult(v.complaintItemId, v.id, v.checkedBy);
    }

    private static boolean minimal(String prefer) {
        return prefer != null && prefer.contains("return=minimal");
    }

    @GET
    @Path("/listings/{id}")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getListingForIntake", summary = "Internal, for complaint-service: a listing with its snapshot and hash, by id")
    public Views.ListingSnapshot listing(@RestPath long id) {
        return views.snapshot(listings.byId(id).orElseThrow(() -> Refusal.notFound("listing")));
    }

    /**
     * Many listings in one call, for complaint-service's bulk jobs: the answer has one entry per reference, in the
     * order asked, null where the marketplace has no such listing.
     */
    @POST
    @Path("/listings/lookup")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "lookUpListings", summary = "Internal, for complaint-service's bulk jobs: up to 1,000 listings by id or URL in one call")
    public List<Views.ListingSnapshot> lookup(@NotNull @Valid Lookup request) {
        return listings.lookup(request.references()).stream().map(l -> l.map(views::snapshot).orElse(null)).toList();
    }

    @GET
    @Path("/listings")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getListingByUrl", summary = "Internal, for complaint-service: a listing with its snapshot and hash, by URL")
    public Views.ListingSnapshot listingByUrl(@QueryParam("url") String url) {
        if (url == null || url.isBlank()) {
            throw Refusal.invalid("url", "must not be blank");
        }
        return views.snapshot(listings.byUrl(url.strip()).orElseThrow(() -> Refusal.notFound("listing")));
    }
}
