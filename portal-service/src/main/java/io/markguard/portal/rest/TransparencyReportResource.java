package io.markguard.portal.rest;

import io.markguard.portal.web.YearReports;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The yearly transparency report in the EU's harmonised template (Implementing Regulation (EU) 2024/2835, Annex I)
 * for anyone, without sign-in: the same CSV as the report page's download; caches may keep it for a minute.
 */
@Path("/api/transparency/report")
@PermitAll
public class TransparencyReportResource {

    @Inject
    YearReports years;

    @GET
    @Produces("text/csv")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getTransparencyReport", summary = "The yearly transparency report in the EU's template (CSV, JSON or PDF), from the rollups; no token")
    public Response euTemplate(@QueryParam("year") String year) {
        return Response.fromResponse(years.euTemplate(years.of(year)))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60").build();
    }
}
