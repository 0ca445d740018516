package io.markguard.merchant.service;

import io.markguard.platform.problem.Refusal;
import io.markguard.merchant.LedgerStatus;
import io.markguard.merchant.Listing;
import io.markguard.merchant.ListingStatus;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.Severity;
import io.markguard.merchant.Violation;
import io.markguard.merchant.config.AppealRules;
import io.markguard.merchant.config.PenaltyPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Violations, their points and the sanctions they lead to, under the configured penalty policy. */
@ApplicationScoped
public class PenaltyLedger {

    /** What a takedown command did; {@code replayed} when the command had been applied before. */
    public record TakedownOutcome(Violation violation, List<Sanction> sanctions, boolean replayed) {
    }

    /** What a reversal did; {@code replayed} when it had been reversed before. */
    public record ReversalOutcome(Violation violation, List<Sanction> reversed, boolean replayed) {
    }

    @Inject
    PenaltyPolicy policy;

    @Inject
    AppealRules appeals;

    @Inject
    LedgerCounters counters;

    @Inject
    Clock clock;

    @Inject
    LedgerFigures figures;

    @Transactional
    public TakedownOutcome takeDown(Takedown command) {
        Optional<Violation> earlier = Violation.findByComplaintItem(command.complaintItemId());
        if (earlier.isPresent()) {
            return new TakedownOutcome(earlier.get(), Sanction.list("violation", earlier.get()), true);
        }
        Listing listing = Listing.<Listing>findByIdOptional(command.listingId())
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "listingId", "No listing " + command.listingId() + "."));
        // One takedown at a time per merchant: points and the ladder are read and written as one step.
        Merchant merchant = Merchant.getEntityManager().find(Merchant.class, listing.merchant.id,
                LockModeType.PESSIMISTIC_WRITE);
        earlier = Violation.findByComplaintItem(command.complaintItemId());
        if (earlier.isPresent()) {
            return new TakedownOutcome(earlier.get(), Sanction.list("violation", earlier.get()), true);
        }
        Instant now = clock.instant();

        Severity severity = command.severity() != null ? command.severity()
                : policy.pointsOf(command.infringementType()).defaultSeverity();
        Violation violation = new Violation();
        violation.merchant = merchant;
        violation.listing = listing;
        violation.complaintItemId = command.complaintItemId();
        violation.brandId = command.brandId();
        violation.brandName = command.brandName();
        violation.submitterSubject = command.submitterSubject();
        violation.submitterEmail = command.submitterEmail();
        violation.ipOffice = command.ipRight().office();
        violation.ipRegistrationNumber = command.ipRight().registrationNumber();
        violation.ipMark = command.ipRight().mark();
        violation.infringementType = command.infringementType();
        violation.channel = command.channel();
        violation.automatedDetection = command.automatedDetection();
        violation.automatedDecision = command.automatedDecision();
        violation.explanation = command.explanation();
        violation.decidedAt = command.decidedAt();
        violation.recordedAt = now;
        violation.severity = severity;
        violation.points = policy.points(command.infringementType(), severity);
        violation.expiresAt = now.plus(policy.pointsExpireAfter());
        violation.status = LedgerStatus.ACTIVE;
        violation.policyVersion = policy.version();
        violation.persist();
        PenaltyPolicy.RepeatInfringer rule = policy.repeatInfringer();
        Instant windowStart = now.minus(rule.window());
        // Read from the counters before and after this violation counts: whether the merchant had another violation
        // within the window, and whether this one made its distinct brands reach the repeat-infringer rule.
        boolean hadOther = counters.recentBrands(merchant.id, windowStart, 1) > 0;
        int brandsBefore = counters.recentBrands(merchant.id, windowStart, rule.distinctBrands());
        counters.added(violation);
        int brands = counters.recentBrands(merchant.id, windowStart, rule.distinctBrands());

        listing.status = ListingStatus.REMOVED;
        listing.updatedAt = now;

        boolean inWindow = violation.decidedAt.isAfter(windowStart);
        boolean determination = inWindow && brandsBefore < rule.distinctBrands() && brands >= rule.distinctBrands();

        List<Sanction> sanctions = new ArrayList<>();
        sanctions.add(issue(violation, SanctionMeasure.LISTING_REMOVED,
                "Removal on notice: " + command.infringementType().policyKey() + ", severity "
                        + severity.name().toLowerCase() + " = " + violation.points + " points for "
                        + policy.pointsExpireAfter().toDays() + " days",
                clip(removalFacts(violation)), violation.automatedDecision, now));
        escalation(merchant, brands, now).ifPresent(step -> sanctions.add(
                issue(violation, step.measure(), step.clause(), clip(step.facts(listing)), true, now)));
        figures.violationRecorded(violation, determination, inWindow && hadOther);
        sanctions.forEach(figures::sanctionIssued);
        return new TakedownOutcome(violation, sanctions, false);
    }

    /** The brand took its complaint back: the takedown of the item is reversed; empty when the item had none. */
    @Transactional
    public Optional<ReversalOutcome> retract(String complaintItemId, String reason) {
        return Violation.findByComplaintItem(complaintItemId)
                .map(violation -> reverse(violation, "Complaint retracted by the brand: " + reason));
    }

    /** Every sanction the violation led to, in the order issued. */
    @Transactional
    public List<Sanction> causedBy(Violation violation) {
        return Sanction.list("violation = ?1 order by id", violation);
    }

    /** Takes a takedown back: listing restored, points void, every sanction it caused reversed. */
    @Transactional
    public ReversalOutcome reverse(Violation violation, String reason) {
        // The merchant's lock first, as a takedown takes it: the counters change under it.
        Merchant.getEntityManager().find(Merchant.class, violation.merchant.id, LockModeType.PESSIMISTIC_WRITE);
        Violation locked = Violation.getEntityManager().find(Violation.class, violation.id, LockModeType.PESSIMISTIC_WRITE);
        Violation.getEntityManager().refresh(locked);
        List<Sanction> caused = Sanction.list("violation", locked);
        if (locked.status == LedgerStatus.REVERSED) {
            return new ReversalOutcome(locked, caused.stream().filter(s -> s.status == LedgerStatus.REVERSED).toList(), true);
        }
        Instant now = clock.instant();
        counters.reversed(locked, locked.status == LedgerStatus.ACTIVE);
        locked.status = LedgerStatus.REVERSED;
        locked.endedAt = now;
        locked.endReason = reason;
        if (locked.listing.status == ListingStatus.REMOVED) {
            locked.listing.status = ListingStatus.RESTORED;
            locked.listing.updatedAt = now;
        }
        List<Sanction> reversed = new ArrayList<>();
        for (Sanction sanction : caused) {
            if (sanction.status != LedgerStatus.REVERSED) {
                sanction.status = LedgerStatus.REVERSED;
                sanction.endedAt = now;
                sanction.endReason = reason;
                reversed.add(sanction);
            }
        }
        return new ReversalOutcome(locked, reversed, false);
    }

    private record Step(SanctionMeasure measure, String clause, int activePoints, boolean repeat) {
        String facts(Listing listing) {
            return "After the removal of listing " + listing.id + " (\"" + listing.title + "\"), the merchant "
                    + (repeat ? "had violations from several distinct brands within the repeat-infringer window; "
                            : "")
                    + "held " + activePoints + " active points. " + clause + ".";
        }
    }

    /**
     * The next step of the ladder the merchant has now reached, if it is above every step in force; {@code brands}
     * is the number of distinct brands of its violations within the repeat-infringer window.
     */
    private Optional<Step> escalation(Merchant merchant, int brands, Instant now) {
        int active = activePoints(merchant, now);
        PenaltyPolicy.RepeatInfringer rule = policy.repeatInfringer();
        Optional<PenaltyPolicy.Escalation> due = policy.escalation(active, brands);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        SanctionMeasure target = due.get().measure();
        Optional<SanctionMeasure> inForce = currentStep(merchant, now);
        if (inForce.isPresent() && inForce.get().compareTo(target) >= 0) {
            return Optional.empty();
        }
        String clause = due.get().repeatInfringer()
                ? "Policy " + policy.version() + ", repeat-infringer rule: violations from " + rule.distinctBrands()
                        + " or more distinct brands within " + rule.window().toDays() + " days give " + target
                : "Policy " + policy.version() + ": " + policy.threshold(target) + " active points or more give "
                        + target;
        return Optional.of(new Step(target, clause, active, due.get().repeatInfringer()));
    }

    /** Points of the merchant's violations that count at {@code now}, read from the maintained counters. */
    public int activePoints(Merchant merchant, Instant now) {
        return counters.activePoints(merchant.id, now);
    }

    /**
     * The steps of the account ladder in force on the merchant and what they mean for its listing: {@code step} the
     * highest of them; {@code mayList} false while a suspension or termination is in force, which
     * {@code listingBlockedUntil} ends (empty when listing is allowed or the block has no end);
     * {@code newListingsHeld} while a restriction is in force and listing is allowed.
     */
    public record AccountMeasures(List<Sanction> inForce, Optional<SanctionMeasure> step, boolean mayList,
            boolean newListingsHeld, Optional<Instant> listingBlockedUntil) {
    }

    /**
     * The account sanctions in force, the latest first, read through {@code sanction_account_active}: each step is
     * issued only above every step in force, so these are at most one per step of the ladder whatever the record.
     */
    @SuppressWarnings("unchecked")
    public AccountMeasures accountInForce(Merchant merchant, Instant now) {
        List<Sanction> inForce = Sanction.getEntityManager().createNativeQuery("""
                SELECT * FROM sanction
                WHERE merchant_id = :merchant AND status = 'ACTIVE' AND measure <> 'LISTING_REMOVED'
                  AND (expires_at IS NULL OR expires_at > :now)
                ORDER BY decided_at DESC, id DESC""", Sanction.class)
                .setParameter("merchant", merchant.id)
                .setParameter("now", now)
                .getResultList();
        Optional<SanctionMeasure> step = inForce.stream().map(s -> s.measure).max(Comparator.naturalOrder());
        List<Sanction> blocking = inForce.stream().filter(s -> s.measure.blocksListing()).toList();
        boolean mayList = blocking.isEmpty();
        Optional<Instant> blockedUntil = blocking.stream().anyMatch(s -> s.expiresAt == null) ? Optional.empty()
                : blocking.stream().map(s -> s.expiresAt).max(Comparator.naturalOrder());
        boolean held = mayList && inForce.stream().anyMatch(s -> s.measure == SanctionMeasure.RESTRICTED);
        return new AccountMeasures(inForce, step, mayList, held, blockedUntil);
    }

    /** The highest step of the account ladder in force. */
    public Optional<SanctionMeasure> currentStep(Merchant merchant, Instant now) {
        return accountInForce(merchant, now).step();
    }

    private Sanction issue(Violation violation, SanctionMeasure measure, String clause, String facts,
            boolean automated, Instant now) {
        Sanction sanction = new Sanction();
        sanction.merchant = violation.merchant;
        sanction.violation = violation;
        sanction.measure = measure;
        sanction.policyVersion = policy.version();
        sanction.policyClause = clause;
        sanction.facts = facts;
        sanction.automatedDecision = automated;
        sanction.decidedAt = now;
        sanction.expiresAt = policy.duration(measure).map(now::plus).orElse(null);
        sanction.appealDeadline = now.plus(appeals.window());
        sanction.status = LedgerStatus.ACTIVE;
        sanction.puid = "markguard-sor-" + UUID.randomUUID();
        sanction.persist();
        return sanction;
    }

    /** The EU Transparency Database takes at most 5000 characters of facts. */
    private static String clip(String facts) {
        return facts.length() <= 5000 ? facts : facts.substring(0, 4999) + "…";
    }

    private static String removalFacts(Violation v) {
        Listing listing = v.listing;
        return "On " + v.decidedAt + " a notice by " + v.brandName + " reported listing " + listing.id + " (\""
                + listing.title + "\", " + listing.url + ") as " + v.infringementType.policyKey() + " of the right "
                + v.ipOffice + " " + v.ipRegistrationNumber + " \"" + v.ipMark + "\". It was decided in the "
                + v.channel.name().toLowerCase().replace('_', '-') + " channel"
                + (v.automatedDecision ? " by automated means" : " by a reviewer")
                + ". The notice explained: " + v.explanation;
    }
}
