package io.markguard.portal.service;

import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.portal.Brand;
import io.markguard.portal.IpRight;
import io.markguard.portal.Office;
import io.markguard.portal.VerificationCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
    PortalDecisionLog decisionLog;

    @Inject
    io.markguard.portal.registry.TrademarkRegistries registries;

    @Inject
    io.markguard.portal.config.PortalConfig config;

    @Inject
    Clock clock;

    /** A case in the queue with what the queue shows of its brand and right. */
    public record QueueLine(long id, long brandId, String brandName, String legalEntity, long rightId, Office office,
            String registrationNumber, String mark, VerificationCase.Method method,
            VerificationCase.ReviewReason reviewReason, Instant deadline, String claimedByName) {
    }

    public static final String QUEUE = "verification-queue";

    @Inject
    EntityManager em;

    /**
     * Cases in review, earliest deadline first, {@code limit} after the cursor's (deadline, id): one query with the
     * brand and right joined, in the order of index {@code verification_case_queue}.
     */
    @Transactional
    public Page<QueueLine> queue(int limit, Cursor after) {
        TypedQuery<QueueLine> query = em.createQuery("select new " + QueueLine.class.getName()
                + "(c.id, c.brandId, b.name, b.legalEntity, c.rightId, r.office, r.registrationNumber, r.mark, c.method,"
                + " c.reviewReason, c.deadline, c.claimedByName)"
                + " from VerificationCase c join Brand b on b.id = c.brandId join IpRight r on r.id = c.rightId"
                + " where c.status = :status"
                + (after == null ? "" : " and (c.deadline, c.id) > (:deadline, :id)")
                + " order by c.deadline, c.id", QueueLine.class)
                .setParameter("status", VerificationCase.Status.IN_REVIEW);
        if (after != null) {
            query.setParameter("deadline", after.instant(0)).setParameter("id", after.number(1));
        }
        List<QueueLine> rows = query.setMaxResults(PageSize.fetch(limit)).getResultList();
        return Page.of(rows, limit, q -> q, q -> Cursor.after(QUEUE, q.deadline(), q.id()));
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
                // A reviewer may accept another owner's name on documents, but not a registration the register
                // records as cancelled or expired: the re-check would suspend it at once.
                var onRegister = registries.find(right.office, right.registrationNumber);
                RegisterStanding.Finding lapsed = RegisterStanding.forRecheck(onRegister, right.expiresOn, null,
                        java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
                if (!lapsed.live()) {
                    throw RefusalReason.REGISTER_LAPSED.raise("The register records the registration as " + lapsed.verdict()
                            + " (" + lapsed.detail() + "); it cannot be verified.");
                }
                verification.status = VerificationCase.Status.VERIFIED;
                verification.closedAt = clock.instant();
                // The register as it stands at approval is what the re-check holds the right to later.
                var entry = onRegister.orElse(null);
                right.verified(entry == null ? null : entry.owner(), Verifications.contactOf(verification, entry),
                        clock.instant(), clock.instant().plus(config.registerRecheck().interval()));
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
        decisionLog.caseDecided(verification, clock.instant());
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
