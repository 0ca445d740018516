package io.markguard.complaint.service;

import io.markguard.complaint.BrandRecord;
import io.markguard.complaint.BrandTypeRecord;
import io.markguard.complaint.Channel;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.InfringementType;
import io.markguard.complaint.config.TrustPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The fast track (ARCHITECTURE.md, "Fast track, standard queue and review"): whether a brand's standing meets the
 * bar, overall and for the notice's infringement type, so that a notice's removals are immediate; how the brand
 * gains, loses and regains it, overall and per type; and the random draw of the fast-track items a reviewer
 * spot-checks. Asked once per notice, and again for each chunk of a bulk job, which files its items on the channel
 * the brand's record gives it then.
 */
@ApplicationScoped
public class FastTrack {

    private static final Logger LOG = Logger.getLogger(FastTrack.class);

    /** Who decided an item accepted at filing. */
    public static final String DECIDER = "fast-track";

    @Inject
    TrustScores scores;

    @Inject
    TrustPolicy policy;

    @Inject
    SpotCheckDraw draw;

    @Inject
    Clock clock;

    /**
     * What the fast track says for one notice or one chunk of a bulk job: its channel, and the spot-check draw for
     * each of its fast-track items.
     */
    public static final class Decision {

        private final Channel channel;
        private final BrandRecord record;
        private final SpotCheckDraw draw;
        private final double spotCheckShare;

        Decision(Channel channel, BrandRecord record, SpotCheckDraw draw, double spotCheckShare) {
            this.channel = channel;
            this.record = record;
            this.draw = draw;
            this.spotCheckShare = spotCheckShare;
        }

        public Channel channel() {
            return channel;
        }

        /** The brand's record the decision was taken on (for the misuse check). */
        public BrandRecord record() {
            return record;
        }

        /** Counts the next fast-track item of the brand and draws whether it is a spot check. */
        public boolean nextIsSpotCheck() {
            record.fastTrackItems++;
            return draw.draw(spotCheckShare);
        }
    }

    /**
     * A new notice of the brand, single or bulk, of one infringement type: on the fast track when the brand has it
     * overall and for that type. The brand's record is locked and brought in line with the score only when the notice
     * may change it: on the fast track (the bar may be lost) or when the score now earns the fast track. Otherwise it
     * is only read, so one brand's standard notices do not queue behind each other; the index of live items still
     * keeps two of them from filing one listing twice. Besides the score, the notice reads two rows by key: the
     * brand's record and its row for the type.
     * <p>
     * The lock on a fast-track notice keeps every writer of the brand in one lock order: its acceptances add to the
     * brand's day row, whose upsert holds that row until commit anyway, so a brand's fast-track notices already
     * follow one another. What the lock must not do is reach the standard notices, which change nothing here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Decision forNotice(long brandId, InfringementType type) {
        BrandRecord record = BrandRecord.read(brandId);
        Instant now = clock.instant();
        boolean lockedOut = lockedOut(record.fastTrackLockedUntil, now);
        boolean onTrack = false;
        if (record.fastTrack || (!lockedOut && scores.score(brandId).meetsBar())) {
            // Read again under the lock: what was read above may have changed before the lock was granted.
            record = BrandRecord.lock(record);
            TrustScores.Score score = scores.score(brandId);
            bringInLine(record, score);
            onTrack = bringInLine(brandId, type, BrandTypeRecord.of(brandId, type), score);
        }
        Channel channel = record.fastTrack && onTrack ? Channel.FAST_TRACK : Channel.STANDARD;
        return new Decision(channel, record, draw, policy.spotCheckShare());
    }

    /**
     * A chunk of a bulk job: on the fast track only while the brand has it now, overall and for the notice's
     * infringement type, as {@link #forNotice} decides, and only while the filer may still file on the notice's right
     * ({@code rightStands}: the portal's answer, which a right's suspended verification turns down). A brand that
     * lost the fast track (or its right) since the upload files the chunk's items on the standard queue. The brand's
     * record is locked for the chunk's items whatever the channel, and brought in line with the score.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Decision forChunk(Complaint complaint, boolean rightStands) {
        BrandRecord record = BrandRecord.lock(complaint.brandId);
        TrustScores.Score score = scores.score(complaint.brandId);
        bringInLine(record, score);
        boolean onTrack = bringInLine(complaint.brandId, complaint.infringementType,
                BrandTypeRecord.of(complaint.brandId, complaint.infringementType), score);
        Channel channel = record.fastTrack && onTrack && rightStands ? Channel.FAST_TRACK : Channel.STANDARD;
        return new Decision(channel, record, draw, policy.spotCheckShare());
    }

    /**
     * Brings the brand's fast track in line with its score, overall and for every infringement type, in the caller's
     * transaction with the brand's row locked: leaving the bar revokes it with a lockout, meeting it after any lockout
     * grants it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BrandRecord reassess(long brandId) {
        BrandRecord record = BrandRecord.lock(brandId);
        TrustScores.Score score = scores.score(brandId);
        bringInLine(record, score);
        Map<InfringementType, BrandTypeRecord> rows = new EnumMap<>(InfringementType.class);
        BrandTypeRecord.ofBrand(brandId).forEach(r -> rows.put(r.infringementType, r));
        for (InfringementType type : InfringementType.values()) {
            bringInLine(brandId, type, rows.get(type), score);
        }
        return record;
    }

    private void bringInLine(BrandRecord record, TrustScores.Score score) {
        Instant now = clock.instant();
        boolean meets = score.meetsBar();
        if (record.fastTrack && !meets) {
            record.fastTrack = false;
            record.fastTrackRevokedAt = now;
            record.fastTrackLockedUntil = now.plus(policy.lockout());
            LOG.infof("Brand %d left the fast-track bar: revoked until %s", record.brandId, record.fastTrackLockedUntil);
        } else if (!record.fastTrack && meets && !lockedOut(record.fastTrackLockedUntil, now)) {
            record.fastTrack = true;
            record.fastTrackSince = now;
        }
    }

    /**
     * The brand's fast track for one type, as the overall one: {@code row} is the brand's row for it (null when it has
     * none, created once the type meets the bar). The brand's record is locked. Whether the type has the fast track.
     */
    private boolean bringInLine(long brandId, InfringementType type, BrandTypeRecord row, TrustScores.Score score) {
        Instant now = clock.instant();
        boolean meets = meetsBar(score, type, policy);
        if (row == null) {
            if (!meets) {
                return false;
            }
            row = new BrandTypeRecord();
            row.brandId = brandId;
            row.infringementType = type;
            row.persist();
        }
        if (row.fastTrack && !meets) {
            row.fastTrack = false;
            row.fastTrackRevokedAt = now;
            row.fastTrackLockedUntil = now.plus(policy.lockout());
            LOG.infof("Brand %d left the fast-track bar for %s: revoked until %s", brandId, type, row.fastTrackLockedUntil);
        } else if (!row.fastTrack && meets && !lockedOut(row.fastTrackLockedUntil, now)) {
            row.fastTrack = true;
            row.fastTrackSince = now;
        }
        return row.fastTrack;
    }

    private static boolean lockedOut(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * The bar, on one set of figures: enough decided items, accepted ÷ decided at least the policy's share, and
     * (reversed on appeal + retracted) ÷ takedowns at most its limit (no takedowns, nothing reversed).
     */
    public static boolean meetsBar(TrustScores.Figures figures, TrustPolicy policy) {
        return figures.decided() >= policy.minDecidedItems()
                && figures.acceptedShare() != null && figures.acceptedShare() >= policy.minAcceptedShare()
                && (figures.reversedShare() == null || figures.reversedShare() <= policy.maxReversedShare());
    }

    /** The bar on the brand's figures for one infringement type; a type with nothing decided does not meet it. */
    public static boolean meetsBar(TrustScores.Score score, InfringementType type, TrustPolicy policy) {
        TrustScores.Figures figures = score.byInfringementType().get(type.name());
        return figures != null && meetsBar(figures, policy);
    }
}
