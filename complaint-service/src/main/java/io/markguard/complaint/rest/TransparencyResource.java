package io.markguard.complaint.rest;

import io.markguard.complaint.service.Authorities;
import io.markguard.platform.problem.Refusal;
import io.markguard.complaint.service.Transparency;
import io.markguard.decisionlog.DecisionLogContract;
import io.markguard.platform.csv.SpreadsheetCsv;
import io.markguard.platform.decisionlog.ReportsBoundToLog;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.apache.commons.csv.CSVFormat;

/**
 * The platform's record for anyone (no sign-in): time to action per channel, volumes, outcomes, reversals and
 * measures, over the days asked for (at most {@link #MAX_DAYS}), read from rollups so every period costs the same;
 * caches may keep it for a minute. With {@code brandId}, the same figures over one brand's own notices, for its
 * members and staff only. The answer carries the period month by month ({@code months}) and the fast track's spot
 * checks ({@code spotChecks}, its accuracy), from the same rollups.
 */
@Path("/api/transparency")
@PermitAll
public class TransparencyResource {

    /** The longest period one request may cover. */
    static final int MAX_DAYS = 3 * 366;

    @Inject
    Transparency transparency;

    @Inject
    SecurityIdentity identity;

    @Inject
    Callers callers;

    @Inject
    Authorities authorities;

    @Inject
    Clock clock;

    @Inject
    ReportsBoundToLog reports;

    /** How long a cache may keep the platform's figures: they move with every decision, but not by the second. */
    static final String PUBLIC_CACHE = "public, max-age=60";

    /** One brand's figures are for its members and staff only. */
    static final String PRIVATE_CACHE = "private, no-store";

    /** JSON, or with {@code Accept: text/csv} one row per figure (section, key, measure, value). */
    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getTransparencyFigures", summary = "Public transparency figures (DSA Art. 15 and 24) for a range of days up to three years, as JSON or CSV; no token")
    public Response get(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("brandId") Long brandId,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Transparency.Figures figures = figures(from, to, brandId);
        boolean csv = accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON);
        // The platform's figures name the signed head of the decision log they were computed with, in either form.
        DecisionLogContract.ReportedLog log = brandId == null ? reports.log(figures.from(), figures.to()) : null;
        Response.ResponseBuilder response = csv ? Response.ok(csvOf(figures, log), "text/csv; charset=UTF-8")
                : Response.ok(log != null ? reports.withLog(figures, log) : figures,
                        MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.CACHE_CONTROL, brandId == null ? PUBLIC_CACHE : PRIVATE_CACHE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    Transparency.Figures figures(String from, String to, Long brandId) {
        Instant now = clock.instant();
        LocalDate last = day("to", to, LocalDate.ofInstant(now, ZoneOffset.UTC));
        LocalDate first = day("from", from, last.minusDays(29));
        if (first.isAfter(last)) {
            throw Refusal.invalid("from", "must be on or before to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw Refusal.invalid("from", "a period covers at most " + MAX_DAYS + " days");
        }
        if (brandId != null) {
            if (identity.isAnonymous()) {
                throw new NotAuthorizedException("Bearer");
            }
            var actor = callers.actor();
            authorities.require(actor, brandId, null, Authorities.Action.READ, "brand");
        }
        return transparency.over(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), brandId, now);
    }

    /** One row per figure; with {@code log}, the decision log's signed head and its counts by kind for the period last. */
    static String csvOf(Transparency.Figures f, DecisionLogContract.ReportedLog log) {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out, CSVFormat.RFC4180.builder()
                .setHeader("section", "key", "measure", "value").get())) {
            csv.printRecord("period", "", "from", f.from());
            csv.printRecord("period", "", "to", f.to());
            for (var t : f.timeToAction()) {
                csv.printRecord("time_to_action", t.channel(), "actioned", t.actioned());
                csv.printRecord("time_to_action", t.channel(), "median_hours", t.medianHours());
                csv.printRecord("time_to_action", t.channel(), "p95_hours", t.p95Hours());
                csv.printRecord("time_to_action", t.channel(), "within_24h", t.within24h());
                csv.printRecord("time_to_action", t.channel(), "open_past_24h", t.openPastDay());
                csv.printRecord("time_to_action", t.channel(), "within_24h_share", t.within24hShare());
            }
            for (var v : f.byInfringementType()) {
                volume(csv, "infringement_type", v);
            }
            for (var v : f.byOffice()) {
                volume(csv, "ip_office", v);
            }
            for (var c : f.byOutcome()) {
                csv.printRecord("outcome", c.key(), "items", c.items());
            }
            csv.printRecord("totals", "", "notices", f.notices());
            csv.printRecord("totals", "", "items", f.items());
            csv.printRecord("totals", "", "takedowns", f.takedowns());
            csv.printRecord("totals", "", "retracted", f.retracted());
            csv.printRecord("totals", "", "reversed_on_appeal", f.reversedOnAppeal());
            csv.printRecord("totals", "", "retracted_share", f.retractedShare());
            csv.printRecord("totals", "", "reversed_share", f.reversedShare());
            csv.printRecord("measures", "", "fast_track_brands_now", f.fastTrackBrands());
            csv.printRecord("measures", "", "misuse_warnings", f.misuseWarnings());
            csv.printRecord("measures", "", "filing_suspensions", f.filingSuspensions());
            var s = f.spotChecks();
            csv.printRecord("spot_checks", "FAST_TRACK", "actioned", s.fastTrackActioned());
            csv.printRecord("spot_checks", "FAST_TRACK", "drawn", s.drawn());
            csv.printRecord("spot_checks", "FAST_TRACK", "checked", s.checked());
            csv.printRecord("spot_checks", "FAST_TRACK", "upheld", s.upheld());
            csv.printRecord("spot_checks", "FAST_TRACK", "overturned", s.overturned());
            csv.printRecord("spot_checks", "FAST_TRACK", "accuracy", s.accuracy());
            csv.printRecord("spot_checks", "FAST_TRACK", "error_rate", s.errorRate());
            for (var m : f.months()) {
                csv.printRecord("month", m.month(), "notices", m.notices());
                csv.printRecord("month", m.month(), "items", m.items());
                csv.printRecord("month", m.month(), "takedowns", m.takedowns());
                csv.printRecord("month", m.month(), "actioned", m.actioned());
                csv.printRecord("month", m.month(), "median_hours", m.medianHours());
                csv.printRecord("month", m.month(), "p95_hours", m.p95Hours());
            }
            if (log != null) {
                var head = log.head();
                csv.printRecord("decision_log", head.logId(), "tree_size", head.treeSize());
                csv.printRecord("decision_log", head.logId(), "root_hash", head.rootHash());
                csv.printRecord("decision_log", head.logId(), "signed_at", head.timestamp());
                csv.printRecord("decision_log", head.logId(), "signature", head.signature());
                for (var count : new java.util.TreeMap<>(log.counts()).entrySet()) {
                    csv.printRecord("decision_log_leaves", count.getKey(), "leaves", count.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void volume(SpreadsheetCsv csv, String section, Transparency.Volume v) throws IOException {
        csv.printRecord(section, v.key(), "items", v.items());
        csv.printRecord(section, v.key(), "accepted", v.accepted());
        csv.printRecord(section, v.key(), "rejected", v.rejected());
        csv.printRecord(section, v.key(), "pending", v.pending());
        csv.printRecord(section, v.key(), "retracted", v.retracted());
        csv.printRecord(section, v.key(), "reversed_on_appeal", v.reversedOnAppeal());
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
