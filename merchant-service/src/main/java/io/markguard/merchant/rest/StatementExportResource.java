package io.markguard.merchant.rest;

import io.markguard.merchant.service.TransparencyExport;
import io.markguard.platform.paging.Cursor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;

/**
 * Statements of reasons in batches for the EU DSA Transparency Database: the body of one
 * {@code POST /api/v1/statements} call, at most 100 statements, in the order the export numbered them after
 * their sanctions committed; {@code nextCursor} is the cursor of the following batch (empty on the last one).
 */
@Path("/api/statements-of-reasons/export")
@RolesAllowed({ "reviewer", "admin" })
public class StatementExportResource {

    /**
     * {@code nextCursor} only when more statements are numbered already; {@code resumeCursor} always, for the
     * next run of an exporter that has reached the end: statements numbered later come after it.
     */
    public record ExportBatch(List<Map<String, Object>> statements, String nextCursor, String resumeCursor) {
    }

    @Inject
    TransparencyExport export;

    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "exportStatementsOfReasons", summary = "Statements of reasons in commit order, a page at a time after a cursor, for the transparency database")
    public ExportBatch batch(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        int max = export.maxBatch();
        TransparencyExport.Batch batch = export.batch(ListParameters.limit(limit, max, max),
                Cursor.read("cursor", cursor, TransparencyExport.LIST, 1));
        return new ExportBatch(batch.statements(), batch.nextCursor(), batch.resumeCursor());
    }
}
