package io.markguard.complaint.rest;

import io.markguard.complaint.BrandRecord;
import io.markguard.complaint.config.MisusePolicy;
import io.markguard.complaint.config.TrustPolicy;
import io.markguard.complaint.service.Actor;
import io.markguard.complaint.service.Authorities;
import io.markguard.platform.problem.Refusal;
import io.markguard.complaint.service.TrustScores;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.Instant;

/** The brand's own figures, the formula and the bar, the fast-track state and any misuse measure. */
@Path("/api/brands/{brandId}/trust-score")
@RolesAllowed({ "brand", "reviewer", "admin" })
public class TrustResource {

    public record Policy(String version, String formula, String window, double minAcceptedShare, double maxReversedShare,
            int minDecidedItems, String lockout, double spotCheckShare) {
    }

    public record FastTrack(boolean active, Instant since, Instant revokedAt, Instant lockedUntil) {
    }

    public record MisuseRules(String window, int minDecidedItems, double unfoundedShare, String suspension) {
    }

    public record MisuseView(MisuseRules policy, TrustScores.Misuse figures, boolean filingSuspended) {
    }

    public record TrustView(long brandId, Policy policy, TrustScores.Score score, FastTrack fastTrack, MisuseView misuse,
            Instant asOf) {
    }

    @Inject
    Callers callers;

    @Inject
    Authorities authorities;

    @Inject
    TrustScores scores;

    @Inject
    TrustPolicy trust;

    @Inject
    MisusePolicy misuse;

    @Inject
    Clock clock;

    @GET
    public TrustView get(@PathParam("brandId") long brandId) {
        Actor actor = callers.actor();
        if (!actor.staff() && !authorities.isMember(actor, brandId)) {
            throw Refusal.notFound("brand");
        }
        return view(brandId);
    }

    @Transactional
    TrustView view(long brandId) {
        Instant now = clock.instant();
        BrandRecord record = BrandRecord.read(brandId);
        TrustScores.Misuse figures = scores.misuse(brandId);
        return new TrustView(brandId,
                new Policy(trust.version(),
                        "trust score = accepted ÷ decided items over the window (whole UTC days, from the start of the day"
                                + " of now − window, by the day of each item's decision); fast track needs the score ≥ minAcceptedShare,"
                                + " (reversed on appeal + retracted) ÷ takedowns ≤ maxReversedShare, and decided ≥ minDecidedItems",
                        trust.window().toString(), trust.minAcceptedShare(), trust.maxReversedShare(), trust.minDecidedItems(),
                        trust.lockout().toString(), trust.spotCheckShare()),
                scores.score(brandId),
                new FastTrack(record.fastTrack, record.fastTrackSince, record.fastTrackRevokedAt, record.fastTrackLockedUntil),
                new MisuseView(new MisuseRules(misuse.window().toString(), misuse.minDecidedItems(), misuse.unfoundedShare(),
                        misuse.suspension().toString()), figures,
                        record.filingSuspendedUntil != null && record.filingSuspendedUntil.isAfter(now)),
                now);
    }
}
