package io.markguard.complaint.service;

import io.markguard.complaint.BrandRecord;
import io.markguard.complaint.Channel;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.config.TrustPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The fast track (ARCHITECTURE.md, "Fast track, standard queue and review"): whether a brand's standing meets the
 * bar so that a notice's removals are immediate, how the brand gains, loses and regains it, and which fast-track
 * items a reviewer spot-checks. Asked once per notice, and once per chunk of a bulk job.
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
    Clock clock;

    /**
     * What the fast track says for one notice or one chunk of a bulk job: its channel, and the spot-check draw over
     * the brand's record.
     */
    public static final class Decision {

        private final Channel channel;
        private final BrandRecord record;
        private final double spotCheckShare;

        Decision(Channel channel, BrandRecord record, double spotCheckShare) {
            this.channel = channel;
            this.record = record;
            this.spotCheckShare = spotCheckShare;
        }

        public Channel channel() {
            return channel;
        }

        /** The brand's record the decision was taken on (for the misuse check). */
        public BrandRecord record() {
            return record;
        }

        /** Counts the next fast-track item of the brand and says whether it is a spot check. */
        public boolean nextIsSpotCheck() {
            return isSpotCheck(++record.fastTrackItems, spotCheckShare);
        }
    }

    /**
     * A new notice of the brand, single or bulk. The brand's record is locked and brought in line with the score
     * only when the notice may change it: on the fast track (the spot-check count moves, and the bar may be lost)
     * or when the score now earns the fast track. Otherwise it is only read, so one brand's standard notices do not
     * queue behind each other; the index of live items still keeps two of them from filing one listing twice.
     * <p>
     * The lock on a fast-track notice is not avoidable: every item moves the spot-check count, which must number a
     * brand's items one by one for the share to be exact, and its acceptances add to the brand's day row, whose
     * upsert holds that row until commit anyway, so a brand's fast-track notices already follow one another; the
     * record locked first only keeps every writer of the brand in one lock order. What the lock must not do is
     * reach the standard notices, which change nothing here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Decision forNotice(long brandId) {
        BrandRecord record = BrandRecord.read(brandId);
        Instant now = clock.instant();
        boolean lockedOut = record.fastTrackLockedUntil != null && record.fastTrackLockedUntil.isAfter(now);
        if (record.fastTrack || (!lockedOut && meetsBar(brandId))) {
            // Read again under the lock: what was read above may have changed before the lock was granted.
            record = bringInLine(BrandRecord.lock(record));
        }
        return new Decision(record.fastTrack ? Channel.FAST_TRACK : Channel.STANDARD, record, policy.spotCheckShare());
    }

    /** A chunk of a bulk job keeps the channel its upload was given; the brand's record is locked for the draw. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Decision forChunk(Complaint complaint) {
        return new Decision(complaint.channel, BrandRecord.lock(complaint.brandId), policy.spotCheckShare());
    }

    /**
     * Brings the brand's fast track in line with its score, in the caller's transaction with the brand's row
     * locked: leaving the bar revokes it with a lockout, meeting it after any lockout grants it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BrandRecord reassess(long brandId) {
        return bringInLine(BrandRecord.lock(brandId));
    }

    private BrandRecord bringInLine(BrandRecord record) {
        long brandId = record.brandId;
        Instant now = clock.instant();
        boolean meets = meetsBar(brandId);
        if (record.fastTrack && !meets) {
            record.fastTrack = false;
            record.fastTrackRevokedAt = now;
            record.fastTrackLockedUntil = now.plus(policy.lockout());
            LOG.infof("Brand %d left the fast-track bar: revoked until %s", brandId, record.fastTrackLockedUntil);
        } else if (!record.fastTrack && meets
                && (record.fastTrackLockedUntil == null || !record.fastTrackLockedUntil.isAfter(now))) {
            record.fastTrack = true;
            record.fastTrackSince = now;
        }
        return record;
    }

    private boolean meetsBar(long brandId) {
        return scores.score(brandId).meetsBar();
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

    /**
     * Whether the brand's n-th fast-track item (counting from 1) is a spot check: exactly the share over any run
     * of items, spread evenly (every 1/share-th item), not drawn at random.
     */
    public static boolean isSpotCheck(long n, double share) {
        return Math.floor(n * share) > Math.floor((n - 1) * share);
    }
}
