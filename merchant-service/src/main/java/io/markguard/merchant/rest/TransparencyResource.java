package io.markguard.merchant.rest;

import io.markguard.platform.decisionlog.ReportsBoundToLog;
import io.markguard.platform.problem.Refusal;
import io.markguard.merchant.service.TransparencyFigures;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The merchants' side of the platform's record, for anyone (no sign-in): appeals (DSA Art. 20) and how they were
 * decided, the sanctions taken, and repeat infringers, over the days asked for (at most {@link #MAX_DAYS}), read from
 * rollups so every period costs the same; caches may keep it for a minute. Counts only; no merchant is named.
 */
@Path("/api/transparency")
@PermitAll
public class TransparencyResource {

    static final int MAX_DAYS = 3 * 366;

    @Inject
    TransparencyFigures transparency;

    @Inject
    Clock clock;

    @Inject
    ReportsBoundToLog reports;

    /** How long a cache may keep the figures: they move with every decision, but not by the second. */
    static final String PUBLIC_CACHE = "public, max-age=60";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getMerchantTransparencyFigures", summary = "Public figures of sanctions, appeals and reversals for a range of days; no token")
    public Response figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant now = clock.instant();
        LocalDate last = day("to", to, LocalDate.ofInstant(now, ZoneOffset.UTC));
        LocalDate first = day("from", from, last.minusDays(29));
        if (first.isAfter(last)) {
            throw Refusal.invalid("from", "must be on or before to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw Refusal.invalid("from", "a period covers at most " + MAX_DAYS + " days");
        }
        Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Response.ok(reports.withLog(transparency.over(start, end, now), start, end))
                .header(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE).build();
    }

    private static LocalDate day(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "must be a date as YYYY-MM-DD");
        }
    }
}
