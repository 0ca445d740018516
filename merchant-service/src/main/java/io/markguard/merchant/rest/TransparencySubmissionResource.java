package io.markguard.merchant.rest;

import io.markguard.merchant.SubmissionState;
import io.markguard.merchant.config.TransparencyDatabaseConfig;
import io.markguard.merchant.service.TransparencySubmissions;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;

/** What operators read of the submissions to the EU Transparency Database, and queuing a refused one again. */
@Path("/api/transparency-database")
@RolesAllowed("admin")
public class TransparencySubmissionResource {

    /** The rows per state, from the counts kept with every change; {@code sending} whether the sender is on. */
    public record Summary(Map<SubmissionState, Long> counts, long total, boolean sending) {
    }

    @Inject
    TransparencySubmissions submissions;

    @Inject
    TransparencyDatabaseConfig config;

    @GET
    @Path("/submissions")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listTransparencyDatabaseSubmissions", summary = "For administrators: statements submitted to the EU Transparency Database and their state")
    public Page<TransparencySubmissions.View> submissions(@QueryParam("state") String state,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return submissions.page(ListParameters.constant("state", state, SubmissionState.class),
                ListParameters.limit(limit, 50, 200), Cursor.read("cursor", cursor, TransparencySubmissions.LIST, 1));
    }

    @GET
    @Path("/summary")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getTransparencyDatabaseSummary", summary = "For administrators: how many statements are in each submission state")
    public Summary summary() {
        Map<SubmissionState, Long> counts = submissions.counts();
        return new Summary(counts, counts.values().stream().mapToLong(Long::longValue).sum(), config.sending());
    }

    @POST
    @Path("/submissions/{puid}/requeue")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "requeueTransparencyDatabaseSubmission", summary = "For administrators: send a refused statement again")
    public TransparencySubmissions.View requeue(@PathParam("puid") String puid) {
        return submissions.requeue(puid);
    }
}
