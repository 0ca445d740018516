package io.markguard.complaint.rest;

import io.markguard.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.markguard.platform.idempotency.IdempotencyKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintEvidence;
import io.markguard.complaint.InfringementType;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.config.IntakeRules;
import io.markguard.complaint.service.Actor;
import io.markguard.complaint.service.Authorities;
import io.markguard.complaint.service.ComplaintLists;
import io.markguard.complaint.service.Evidence;
import io.markguard.complaint.service.Intake;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Notices (DSA Art. 16): filed by a brand's members, read by them and by reviewers. */
@Path("/api/complaints")
public class ComplaintResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** How many items a complaint is answered with; the rest are read through /items. */
    static final int FIRST_ITEMS = 50;

    public record EvidenceInput(
            @Size(max = 20) List<@NotBlank @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String> urls,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> testPurchaseOrders) {
    }

    public record NewComplaint(
            @NotNull Long brandId,
            @NotNull Long rightId,
            @NotNull InfringementType infringementType,
            @NotEmpty @Size(max = 300) List<@NotBlank @Size(max = 2048) String> listings,
            @NotBlank @Size(min = 20, max = 2000, message = "must explain the infringement in 20 to 2000 characters") String explanation,
            @Valid EvidenceInput evidence,
            @NotNull @AssertTrue(message = "must be true: the notice is made in good faith") Boolean goodFaith,
            @NotNull @AssertTrue(message = "must be true: the notice is accurate and complete") Boolean accurate) {
    }

    @Inject
    Callers callers;

    @Inject
    Intake intake;

    @Inject
    ComplaintLists lists;

    @Inject
    io.markguard.complaint.service.ComplaintMetrics telemetry;

    @Inject
    Evidence evidence;

    @Inject
    Authorities authorities;

    @Inject
    IntakeRules rules;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed("brand")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileNotice", summary = "File a notice (DSA Art. 16) for a brand, on one of its rights, about up to 300 listings")
    @APIResponse(responseCode = "201", description = "The notice, its items and the channel each went to (the same notice again for a repeated Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; violations[] names it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed for this brand, right or action (violations[].field: brandId, rightId or action)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many notices now; wait Retry-After seconds", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "counterfeit", value = "{\"brandId\":7,\"rightId\":12,\"infringementType\":\"COUNTERFEIT\",\"listings\":[\"https://shop.example/listing/5512\",\"5513\"],\"explanation\":\"Test purchase showed a counterfeit: wrong stitching, no hologram, fake serial.\",\"evidence\":{\"urls\":[\"https://evidence.example/5512/photos\"],\"testPurchaseOrders\":[\"TP-5512\"]},\"goodFaith\":true,\"accurate\":true}")))
    public Response file(@Valid @NotNull NewComplaint request, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        if (request.listings().size() > rules.maxListingsPerNotice()) {
            throw Refusal.invalid("listings", "A notice may name at most " + rules.maxListingsPerNotice()
                    + " listings; upload more through /api/complaint-jobs.");
        }
        Actor actor = callers.actor();
        EvidenceInput ev = request.evidence() == null ? new EvidenceInput(List.of(), List.of()) : request.evidence();
        Intake.Notice notice = new Intake.Notice(request.brandId(), request.rightId(), request.infringementType(),
                request.listings(), request.explanation(), ev.urls() == null ? List.of() : ev.urls(),
                ev.testPurchaseOrders() == null ? List.of() : ev.testPurchaseOrders(), true, true);
        Intake.Filed filed = intake.file(actor, notice, IdempotencyKey.of(idempotencyKey), Intake.sha256(canonical(request)));
        // Every item of the notice: at most its 300 listings.
        Views.ComplaintView filedView = view(filed.complaintId(), rules.maxListingsPerNotice(), actor);
        if (!filed.replayed()) {
            telemetry.filed(filedView.channel(), filedView.counts().items() - filedView.counts().duplicates());
        }
        return Response.status(Response.Status.CREATED).entity(filedView)
                .header("Location", "/api/complaints/" + filed.complaintId()).build();
    }

    /**
     * A brand's complaints, latest filed first; {@code limit} 1 to 200 (50 unless sent). Filters: {@code status}
     * (complaints with an item in it), {@code infringementType} or {@code rightId}, and {@code from}/{@code to} days
     * of filing. An agent authorised on some rights only names one of them.
     */
    @GET
    @RolesAllowed({ "brand", "reviewer", "admin" })
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listNotices", summary = "A brand's notices, latest filed first, a keyset page at a time; filters: status, infringementType or rightId, from/to days")
    public Page<Views.ComplaintSummary> list(@QueryParam("brandId") Long brandId, @QueryParam("status") String status,
            @QueryParam("infringementType") String infringementType, @QueryParam("rightId") String rightId,
            @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        if (brandId == null) {
            throw Refusal.invalid("brandId", "must name the brand");
        }
        int size = ListFilters.pageSize(limit, 50, 200);
        Cursor after = Cursor.read("cursor", cursor, ComplaintLists.COMPLAINTS, 2);
        ItemStatus itemStatus = ListFilters.status(status);
        InfringementType type = ListFilters.infringementType(infringementType);
        ComplaintLists.Days days = ListFilters.days(from, to);
        Long right = ListFilters.id("rightId", rightId);
        Authorities.Scope scope = authorities.require(callers.actor(), brandId, right, Authorities.Action.READ, "complaint");
        if (right == null && !scope.allRights()) {
            throw Refusal.forbidden("rightId", "You are authorised for brand " + brandId + " on rights " + scope.rightIds()
                    + " only; name one of them as rightId.");
        }
        Instant now = clock.instant();
        return lists.complaints(brandId, right, itemStatus, type, days, size, after).map(c -> Views.summary(c, now));
    }

    /** The complaint with its counts and its first 50 items; {@code itemsNextCursor} reads on through /items. */
    @GET
    @Path("/{id}")
    @RolesAllowed({ "brand", "reviewer", "admin" })
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getNotice", summary = "A notice with its counts and its first 50 items (itemsNextCursor reads on)")
    public Views.ComplaintView get(@PathParam("id") long id) {
        Complaint complaint = find(id);
        require(complaint, Authorities.Action.READ);
        return view(id, FIRST_ITEMS, callers.actor());
    }

    /** The complaint's items in id order; {@code limit} 1 to 200 (50 unless sent), {@code status} to filter. */
    @GET
    @Path("/{id}/items")
    @RolesAllowed({ "brand", "reviewer", "admin" })
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listNoticeItems", summary = "A notice's items in id order, a keyset page at a time, optionally of one status")
    public Page<Views.Item> items(@PathParam("id") long id, @QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = ListFilters.pageSize(limit, 50, 200);
        Cursor after = Cursor.read("cursor", cursor, ComplaintLists.COMPLAINT_ITEMS, 1);
        ItemStatus itemStatus = ListFilters.status(status);
        Complaint complaint = find(id);
        require(complaint, Authorities.Action.READ);
        Instant now = clock.instant();
        Actor actor = callers.actor();
        return lists.items(id, itemStatus, size, after).map(i -> Views.item(i, now, actor));
    }

    /** An evidence document, as a raw body; its type is judged on its content, its SHA-256 kept. */
    @POST
    @Path("/{id}/evidence")
    @RolesAllowed("brand")
    @Consumes(MediaType.WILDCARD)
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "uploadEvidence", summary = "Add an evidence document (PDF, PNG or JPEG, judged on its content; at most 5 MB, 10 per notice) as the raw body")
    public Response upload(@PathParam("id") long id, @QueryParam("filename") String filename, InputStream body) {
        Complaint complaint = find(id);
        require(complaint, Authorities.Action.FILE);
        ComplaintEvidence saved = evidence.store(id, filename, body);
        return Response.status(Response.Status.CREATED).entity(Views.evidence(saved)).build();
    }

    /**
     * An evidence document of the notice, as it was uploaded, with its detected type and SHA-256: for the brand's
     * members who may read the complaint and for reviewers. A URL or an order number has no body (404).
     */
    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @RolesAllowed({ "brand", "reviewer", "admin" })
    @Produces(MediaType.WILDCARD)
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getEvidence", summary = "An evidence document as it was uploaded, with its detected type and X-Content-SHA256")
    public Response document(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        Complaint complaint = find(id);
        require(complaint, Authorities.Action.READ);
        Evidence.Document document = evidence.document(id, evidenceId)
                .orElseThrow(() -> Refusal.notFound("evidence document"));
        return Response.ok(document.content(), document.mediaType()).header("X-Content-SHA256", document.sha256())
                .header("Content-Length", document.content().length).build();
    }

    @Transactional
    Complaint find(long id) {
        Complaint complaint = Complaint.findById(id);
        if (complaint == null) {
            throw Refusal.notFound("complaint");
        }
        return complaint;
    }

    /** Another brand's complaint answers 404, as if it did not exist; a member out of scope is told why (403). */
    void require(Complaint complaint, Authorities.Action action) {
        authorities.require(callers.actor(), complaint.brandId, complaint.rightId, action, "complaint");
    }

    Views.ComplaintView view(long id, int items, Actor viewer) {
        ComplaintLists.ComplaintWithItems read = lists.complaint(id, items);
        if (read == null) {
            throw Refusal.notFound("complaint");
        }
        return Views.complaint(read.complaint(), read.evidence(), read.items(), clock.instant(), viewer);
    }

    private String canonical(NewComplaint request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
