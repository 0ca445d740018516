package io.markguard.complaint.rest;

import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.complaint.BulkJob;
import io.markguard.complaint.BulkJobRow;
import io.markguard.complaint.InfringementType;
import io.markguard.complaint.service.Actor;
import io.markguard.complaint.service.Authorities;
import io.markguard.complaint.service.BulkJobs;
import io.markguard.complaint.service.Intake;
import io.markguard.platform.csv.SpreadsheetCsv;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Bulk notices: the notice's fields as query parameters, the listings as the body (CSV with a {@code listing}
 * column, or a JSON array), processed as a job whose progress and per-row report can be read.
 */
@Path("/api/complaint-jobs")
public class JobResource {

    @Inject
    Callers callers;

    @Inject
    Intake intake;

    @Inject
    BulkJobs jobs;

    @Inject
    Authorities authorities;

    @Inject
    Clock clock;

    /** Rows of a CSV report read per transaction. */
    static final int CSV_CHUNK = 1000;

    @POST
    @RolesAllowed("brand")
    @Consumes({ "text/csv", MediaType.APPLICATION_JSON, "application/jsonl", "application/x-ndjson" })
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "uploadNotices",
            summary = "Upload a bulk file of listings: CSV with a listing column (comma or semicolon), a JSON array, or JSON Lines",
            description = "The query's grounds (rightId, infringementType, explanation) are the upload's; a row may carry its own"
                    + " in the columns or fields rightId, infringementType, explanation, evidenceUrls and testPurchaseOrders."
                    + " Rows of the same grounds go into one notice (the job's notices), a row whose grounds are wrong is"
                    + " refused in the report with the column named.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "202",
            description = "The job, which files the rows in the background; its report says for each row what was filed or why not",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Views.Job.class)))
    public Response upload(@QueryParam("brandId") Long brandId, @QueryParam("rightId") Long rightId,
            @QueryParam("infringementType") String infringementType, @QueryParam("explanation") String explanation,
            @QueryParam("goodFaith") boolean goodFaith, @QueryParam("accurate") boolean accurate,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(ComplaintResource.IDEMPOTENCY_KEY) String idempotencyKey, InputStream body) {
        if (brandId == null) {
            throw Refusal.invalid("brandId", "must name the brand");
        }
        if (rightId == null) {
            throw Refusal.invalid("rightId", "must name the IP right relied on");
        }
        InfringementType type;
        try {
            type = InfringementType.valueOf(infringementType == null ? "" : infringementType.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("infringementType", "must be one of COUNTERFEIT, TRADEMARK_MISUSE, COPYRIGHT, DESIGN, PATENT");
        }
        if (explanation == null || explanation.strip().length() < 20 || explanation.length() > 2000) {
            throw Refusal.invalid("explanation", "must explain the infringement in 20 to 2000 characters");
        }
        if (!goodFaith) {
            throw Refusal.invalid("goodFaith", "must be true: the notice is made in good faith");
        }
        if (!accurate) {
            throw Refusal.invalid("accurate", "must be true: the notice is accurate and complete");
        }
        String media = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        BulkJobs.Format format = media.startsWith("text/csv") ? BulkJobs.Format.CSV
                : media.startsWith("application/jsonl") || media.startsWith("application/x-ndjson") ? BulkJobs.Format.JSONL
                : BulkJobs.Format.JSON;
        Actor actor = callers.actor();
        Intake.Notice notice = new Intake.Notice(brandId, rightId, type, List.of(), explanation, List.of(), List.of(), true, true);
        Intake.Grounds grounds = intake.grounds(actor, brandId, rightId);
        BulkJob job = jobs.upload(actor, notice, grounds, format, body, IdempotencyKey.of(idempotencyKey));
        return Response.status(Response.Status.ACCEPTED).entity(Views.job(job, jobs.notices(job.id), clock.instant()))
                .header("Location", "/api/complaint-jobs/" + job.id).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "brand", "reviewer", "admin" })
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getBulkJob", summary = "A bulk job's progress and counts, and the notices its rows went into")
    public Views.Job job(@PathParam("id") long id) {
        BulkJob job = readable(id);
        return Views.job(job, jobs.notices(job.id), clock.instant());
    }

    /**
     * The rows that were not filed, and why, in row order: a page of {@code limit} 1 to 1000 (200 unless sent);
     * for {@code Accept: text/csv} every such row, written as it is read, {@value #CSV_CHUNK} rows at a time.
     */
    @GET
    @Path("/{id}/report")
    @RolesAllowed({ "brand", "reviewer", "admin" })
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getBulkJobReport", summary = "The rows of a bulk job that were not filed, and why, in row order (Accept: text/csv for all of them as CSV)")
    public Response report(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        boolean csv = accept != null && accept.contains("text/csv");
        int size = csv ? CSV_CHUNK : ListFilters.pageSize(limit, 200, 1000);
        Cursor after = csv ? null : Cursor.read("cursor", cursor, BulkJobs.REPORT, 1);
        readable(id);
        if (csv) {
            StreamingOutput body = out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (SpreadsheetCsv printer = new SpreadsheetCsv(writer, CSVFormat.DEFAULT.builder()
                        .setHeader("row", "listing", "outcome", "field", "message").get())) {
                    int afterRow = 0;
                    Page<BulkJobRow> chunk;
                    do {
                        chunk = jobs.report(id, CSV_CHUNK, afterRow);
                        for (BulkJobRow r : chunk.items()) {
                            printer.printRecord(r.rowNumber, r.listingRef, r.outcome, r.field, r.message);
                            afterRow = r.rowNumber;
                        }
                    } while (chunk.nextCursor() != null);
                }
            };
            return Response.ok(body, "text/csv").build();
        }
        Page<Views.ReportRow> page = jobs.report(id, size, after == null ? 0 : (int) after.number(0))
                .map(r -> new Views.ReportRow(r.rowNumber, r.listingRef, r.outcome, r.field, r.message, r.itemId));
        return Response.ok(page, MediaType.APPLICATION_JSON).build();
    }

    @Transactional
    BulkJob find(long id) {
        BulkJob job = BulkJob.findById(id);
        if (job == null) {
            throw Refusal.notFound("job");
        }
        return job;
    }

    /** The right the job's notice relies on; null before its complaint is written (the brand's scope then decides). */
    @Transactional
    Long rightOf(BulkJob job) {
        return job.complaintId == null ? null
                : io.markguard.complaint.Complaint.<io.markguard.complaint.Complaint>findById(job.complaintId).rightId;
    }

    private BulkJob readable(long id) {
        BulkJob job = find(id);
        Actor actor = callers.actor();
        authorities.require(actor, job.brandId, rightOf(job), Authorities.Action.READ, "job");
        return job;
    }
}
