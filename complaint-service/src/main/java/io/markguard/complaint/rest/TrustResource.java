package io.markguard.complaint.rest;

import io.markguard.complaint.BrandRecord;
import io.markguard.complaint.BrandTypeRecord;
import io.markguard.complaint.InfringementType;
import io.markguard.complaint.config.MisusePolicy;
import io.markguard.complaint.config.TrustPolicy;
import io.markguard.complaint.service.Actor;
import io.markguard.complaint.service.Authorities;
import io.markguard.complaint.service.MisuseMeasures;
import io.markguard.platform.paging.Page;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The brand's own figures, the formula and the bar, the fast-track state (overall and per infringement type) and any misuse measure. */
@Path("/api/brands/{brandId}/trust-score")
@RolesAllowed({ "brand", "reviewer", "admin" })
public class TrustResource {

    /** Misuse events answered with the score; the rest page on through the events list. */
    static final int HISTORY_PAGE = 20;

    public record Policy(String version, String formula, String window, double minAcceptedShare, double maxReversedShare,
            int minDecidedItems, String lockout, double spotCheckShare) {
    }

    /**
     * The fast track overall, and per infringement type (all five, in order): {@code active} there says whether a
     * notice of the type goes on the fast track now, which needs the overall one too; {@code meetsBar} is the type's
     * figures against the bar; {@code since}, {@code revokedAt} and {@code lockedUntil} are the type's own.
     */
    public record FastTrack(boolean active, Instant since, Instant revokedAt, Instant lockedUntil,
            List<TypeFastTrack> byInfringementType) {
    }

    public record TypeFastTrack(String infringementType, boolean active, boolean meetsBar, Instant since,
            Instant revokedAt, Instant lockedUntil) {
    }

    public record MisuseRules(String window, int minDecidedItems, double unfoundedShare, String suspension) {
    }

    /** With where the brand stands and the first page of its events (more at {@code /api/brands/{id}/misuse/events}). */
    public record MisuseView(MisuseRules policy, TrustScores.Misuse figures, boolean filingSuspended,
            MisuseMeasures.Standing standing, Page<MisuseViews.Event> history) {
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
    MisuseMeasures measures;

    @Inject
    Clock clock;

    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getTrustScore", summary = "The brand's trust score, the bar and formula, the fast track overall and per infringement type, and any misuse measure")
    public TrustView get(@PathParam("brandId") long brandId) {
        Actor actor = callers.actor();
        authorities.require(actor, brandId, null, Authorities.Action.READ, "brand");
        return view(brandId);
    }

    @Transactional
    TrustView view(long brandId) {
        Instant now = clock.instant();
        BrandRecord record = BrandRecord.read(brandId);
        TrustScores.Misuse figures = scores.misuse(brandId);
        TrustScores.Score score = scores.score(brandId);
        Map<InfringementType, BrandTypeRecord> rows = new EnumMap<>(InfringementType.class);
        BrandTypeRecord.ofBrand(brandId).forEach(r -> rows.put(r.infringementType, r));
        List<TypeFastTrack> byType = Arrays.stream(InfringementType.values()).map(type -> {
            BrandTypeRecord row = rows.get(type);
            boolean meets = io.markguard.complaint.service.FastTrack.meetsBar(score, type, trust);
            return row == null ? new TypeFastTrack(type.name(), false, meets, null, null, null)
                    : new TypeFastTrack(type.name(), record.fastTrack && row.fastTrack, meets, row.fastTrackSince,
                            row.fastTrackRevokedAt, row.fastTrackLockedUntil);
        }).toList();
        return new TrustView(brandId,
                new Policy(trust.version(),
                        "trust score = accepted ÷ decided items over the window (whole UTC days, from the start of the day"
                                + " of now − window, by the day of each item's decision); fast track needs the score ≥ minAcceptedShare,"
                                + " (reversed on appeal + retracted) ÷ takedowns ≤ maxReversedShare, and decided ≥ minDecidedItems,"
                                + " overall and for the notice's infringement type, each on its own figures; leaving the bar, overall"
                                + " or for a type, revokes it there for the lockout; spotCheckShare of fast-track items are drawn at"
                                + " random for a reviewer's spot check, not shown as such until the check is decided",
                        trust.window().toString(), trust.minAcceptedShare(), trust.maxReversedShare(), trust.minDecidedItems(),
                        trust.lockout().toString(), trust.spotCheckShare()),
                score,
                new FastTrack(record.fastTrack, record.fastTrackSince, record.fastTrackRevokedAt, record.fastTrackLockedUntil,
                        byType),
                new MisuseView(new MisuseRules(misuse.window().toString(), misuse.minDecidedItems(), misuse.unfoundedShare(),
                        misuse.suspension().toString()), figures,
                        record.filingSuspendedUntil != null && record.filingSuspendedUntil.isAfter(now),
                        measures.standing(brandId), measures.history(brandId, HISTORY_PAGE, null).map(MisuseViews::event)),
                now);
    }
}
