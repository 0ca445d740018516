package io.markguard.portal.service;

import io.markguard.portal.Brand;
import io.markguard.portal.IpRight;
import io.markguard.portal.VerificationCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** The reviewers' verification queue: claim a case, then approve, reject or ask for more, always with a reason. */
@ApplicationScoped
public class ReviewQueue {

    public enum Outcome { APPROVE, REJECT, MORE_EVIDENCE }

    public record QueuedCase(VerificationCase verification, Brand brand, IpRight right) {
    }

    @Inject
    CaseTrail trail;

    @Inject
    Clock clock;

    @Transactional
    public List<QueuedCase> queue() {
        return VerificationCase.queue().stream()
                .map(c -> new QueuedCase(c, Brand.findById(c.brandId), IpRight.findById(c.rightId)))
                .toList();
    }

    @Transactional
    public QueuedCase get(long caseId) {
        VerificationCase verification = VerificationCase.findById(caseId);
        if (verification == null) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        return new QueuedCase(verification, Brand.findById(verification.brandId), IpRight.findById(verification.rightId));
    }

    @Transactional
    public VerificationCase claim(Actor reviewer, long caseId) {
        VerificationCase verification = inReview(caseId);
        if (verification.claimedBy != null && !verification.claimedBy.equals(reviewer.subject())) {
            throw RefusalReason.CLAIMED_BY_OTHER.raise();
        }
        if (verification.claimedBy == null) {
            verification.claimedBy = reviewer.subject();
            verification.claimedByName = reviewer.name();
            verification.claimedAt = clock.instant();
            trail.record(verification, reviewer, "CLAIMED", null);
        }
        // Two reviewers claiming at once: the case's version lets only the first one through.
        VerificationCase.flush();
        return verification;
    }

    @Transactional
    public VerificationCase decide(Actor reviewer, long caseId, Outcome outcome, String reason) {
        VerificationCase verification = inReview(caseId);
        if (verification.claimedBy == null) {
            throw RefusalReason.NOT_CLAIMED.raise();
        }
        if (!verification.claimedBy.equals(reviewer.subject())) {
            throw RefusalReason.CLAIMED_BY_OTHER.raise();
        }
        IpRight right = IpRight.findById(verification.rightId);
        switch (outcome) {
            case APPROVE -> {
                verification.status = VerificationCase.Status.VERIFIED;
                verification.closedAt = clock.instant();
                right.status = IpRight.Status.VERIFIED;
            }
            case REJECT -> {
                verification.status = VerificationCase.Status.REJECTED;
                verification.closedAt = clock.instant();
                if (right.status != IpRight.Status.VERIFIED || !hasOtherVerifiedCase(verification)) {
                    right.status = IpRight.Status.REJECTED;
                }
            }
            case MORE_EVIDENCE -> {
                verification.status = VerificationCase.Status.MORE_EVIDENCE;
                verification.deadline = null;
            }
        }
        verification.claimedBy = null;
        verification.claimedByName = null;
        verification.claimedAt = null;
        trail.record(verification, reviewer, outcome.name(), reason.strip());
        BrandStatus.refresh(Brand.findById(verification.brandId));
        VerificationCase.flush();
        return verification;
    }

    private static boolean hasOtherVerifiedCase(VerificationCase verification) {
        return VerificationCase.count("rightId = ?1 and id <> ?2 and status = ?3", verification.rightId, verification.id,
                VerificationCase.Status.VERIFIED) > 0;
    }

    private static VerificationCase inReview(long caseId) {
        VerificationCase verification = VerificationCase.findById(caseId);
        if (verification == null) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        if (verification.status != VerificationCase.Status.IN_REVIEW) {
            throw RefusalReason.CASE_NOT_IN_REVIEW.raise();
        }
        return verification;
    }
}
