package io.markguard.merchant.service;

import io.markguard.merchant.LedgerStatus;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.Violation;
import io.markguard.merchant.config.PenaltyPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads a merchant's standing from the ledger; correct at any instant, whether or not the expiry job has run. */
@ApplicationScoped
public class StandingService {

    @Inject
    PenaltyLedger ledger;

    @Inject
    PenaltyPolicy policy;

    @Inject
    Clock clock;

    /** The merchant's standing for reviewers and admins; a merchant reads only its own (others are empty). */
    @Transactional
    public Optional<Standing> of(long merchantId, Actor reader) {
        return Merchant.<Merchant>findByIdOptional(merchantId)
                .filter(merchant -> reader.staff() || merchant.subject.equals(reader.subject()))
                .map(this::of);
    }

    /** Every sanction of the merchant, in force or not, the latest first. */
    @Transactional
    public List<Sanction> sanctions(Merchant merchant) {
        return Sanction.list("merchant = ?1 order by decidedAt desc, id desc", merchant);
    }

    /** The sanction if the reader may see it: its merchant, reviewers and admins. */
    @Transactional
    public Optional<Sanction> sanction(long id, Actor reader) {
        return Sanction.<Sanction>findByIdOptional(id).filter(sanction -> reader.staff()
                || (reader.has("merchant") && sanction.merchant.subject.equals(reader.subject())));
    }

    @Transactional
    public Standing of(Merchant merchant) {
        Instant now = clock.instant();
        List<Sanction> inForce = ledger.inForce(merchant, now);
        Optional<SanctionMeasure> step = inForce.stream().map(s -> s.measure).filter(SanctionMeasure::onAccount)
                .max(Comparator.naturalOrder());
        List<Sanction> blocking = inForce.stream().filter(s -> s.measure.blocksListing()).toList();
        boolean mayList = blocking.isEmpty();
        Optional<Instant> blockedUntil = blocking.stream().anyMatch(s -> s.expiresAt == null) ? Optional.empty()
                : blocking.stream().map(s -> s.expiresAt).filter(Objects::nonNull).max(Comparator.naturalOrder());
        boolean held = mayList && inForce.stream().anyMatch(s -> s.measure == SanctionMeasure.RESTRICTED);
        int points = ledger.activePoints(merchant, now);
        Optional<SanctionMeasure> next = policy.nextStep(step, points);
        List<Violation> violations = Violation.list("merchant = ?1 and status = ?2 and expiresAt > ?3"
                + " order by expiresAt", merchant, LedgerStatus.ACTIVE, now);
        return new Standing(merchant, now, policy.version(), step, points, mayList, held, blockedUntil, next,
                next.map(policy::threshold), inForce, violations);
    }
}
