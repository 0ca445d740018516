package io.markguard.merchant.rest;

import io.markguard.platform.problem.Refusal;
import io.markguard.merchant.service.TransparencyFigures;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The merchants' side of the platform's record, for anyone (no sign-in): appeals (DSA Art. 20) and how they were
 * decided, the sanctions taken, and repeat infringers, over the days asked for. Counts only; no merchant is named.
 */
@Path("/api/transparency")
@PermitAll
public class TransparencyResource {

    static final int MAX_DAYS = 3 * 366;

    @Inject
    TransparencyFigures transparency;

    @Inject
    Clock clock;

    @GET
    public TransparencyFigures.Figures figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant now = clock.instant();
        LocalDate last = day("to", to, LocalDate.ofInstant(now, ZoneOffset.UTC));
        LocalDate first = day("from", from, last.minusDays(29));
        if (first.isAfter(last)) {
            throw Refusal.invalid("from", "must be on or before to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw Refusal.invalid("from", "a period covers at most " + MAX_DAYS + " days");
        }
        return transparency.over(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), now);
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
