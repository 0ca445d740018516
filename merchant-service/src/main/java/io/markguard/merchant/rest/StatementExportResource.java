package io.markguard.merchant.rest;

import io.markguard.merchant.service.TransparencyExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;

/**
 * Statements of reasons in batches for the EU DSA Transparency Database: the body of one
 * {@code POST /api/v1/statements} call, at most 100 statements, ordered by sanction; {@code nextAfter}
 * is the cursor of the following batch (empty on the last one).
 */
@Path("/api/statements-of-reasons/export")
@RolesAllowed({ "reviewer", "admin" })
public class StatementExportResource {

    public record ExportBatch(List<Map<String, Object>> statements, Long nextAfter) {
    }

    @Inject
    TransparencyExport export;

    @GET
    public ExportBatch batch(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(100) int limit) {
        TransparencyExport.Batch batch = export.batch(after, limit);
        return new ExportBatch(batch.statements(), batch.nextAfter());
    }
}
