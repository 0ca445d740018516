package io.markguard.complaint.rest;

import io.markguard.complaint.MisuseEvent;
import io.markguard.complaint.MisuseReview;
import java.time.Instant;
import java.util.Map;

/** What the API answers of misuse events and proposals. */
public final class MisuseViews {

    private MisuseViews() {
    }

    /** The figures a measure was taken on and the policy that judged them. */
    public record Figures(long decided, long manifestlyUnfounded, Double unfoundedShare, Instant windowStart,
            Integer windowDays, Integer minDecidedItems, Double unfoundedShareBar, String policyVersion) {
    }

    public record Event(long id, long brandId, String kind, Long reviewId, Figures figures, String reasonCode,
            Map<String, String> reasonParams, String statement, String actorRole, String actor, Instant effectiveFrom,
            Instant effectiveUntil, boolean brandTold, Instant occurredAt) {
    }

    public record Contest(String statement, Instant at) {
    }

    public record Review(long id, long brandId, String brandName, String status, Instant proposedAt, Instant deadline,
            boolean pastDeadline, Figures figures, Instant warnedAt, int suspensionDays, int contests, Contest lastContest,
            String decidedBy, Instant decidedAt, String decisionCode, String decisionReason, Instant suspendedFrom,
            Instant suspendedUntil, Instant liftedAt, Instant asOf) {
    }

    public static Event event(MisuseEvent e) {
        return new Event(e.id, e.brandId, e.kind.name(), e.reviewId,
                new Figures(e.decidedItems, e.unfoundedItems, e.unfoundedShare, e.windowStart, e.windowDays, e.minDecided,
                        e.shareBar, e.policyVersion),
                e.reasonCode, e.reasonParams, e.statement, e.actorRole.name(), e.actor, e.effectiveFrom, e.effectiveUntil,
                e.notifiedTo != null, e.occurredAt);
    }

    public static Review review(MisuseReview r, Instant now) {
        return new Review(r.id, r.brandId, r.brandName, r.status.name(), r.proposedAt, r.deadline,
                r.status == MisuseReview.Status.OPEN && r.deadline.isBefore(now),
                new Figures(r.decidedItems, r.unfoundedItems, r.unfoundedShare, r.windowStart, null, null, null, null),
                r.warnedAt, r.suspensionDays, r.contests,
                r.lastContest == null ? null : new Contest(r.lastContest, r.lastContestedAt), r.decidedBy, r.decidedAt,
                r.decisionCode, r.decisionReason, r.suspendedFrom, r.suspendedUntil, r.liftedAt, now);
    }
}
