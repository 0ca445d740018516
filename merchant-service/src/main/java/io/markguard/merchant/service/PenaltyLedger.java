package io.markguard.merchant.service;

import io.markguard.platform.problem.Refusal;
import io.markguard.merchant.CodedText;
import io.markguard.merchant.LedgerStatus;
import io.markguard.merchant.Listing;
import io.markguard.merchant.ListingStatus;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.Severity;
import io.markguard.merchant.SeveritySource;
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

    /** One takedown of a batch: its violation, or why it was refused (the others are applied all the same). */
    public record BatchOutcome(Takedown command, Optional<TakedownOutcome> outcome, String refused) {
    }

    /** What a reversal did; {@code replayed} when it had been reversed before. */
    public record ReversalOutcome(Violation violation, List<Sanction> reversed, boolean replayed) {
    }

    @Inject
    MerchantNotifications told;

    @Inject
    MerchantDecisionLog decisionLog;

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

    @Inject
    AccountHolds holds;

    @Inject
    TerminationReviews terminations;

    @Inject
    TransparencySubmissions submissions;

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

        SeveritySource source = command.severity() != null ? SeveritySource.REVIEWER
                : command.severitySource() == SeveritySource.POLICY_DEFAULT ? SeveritySource.POLICY_DEFAULT
                : SeveritySource.FAST_TRACK;
        Severity severity = switch (source) {
            case REVIEWER -> command.severity();
            case POLICY_DEFAULT -> policy.pointsOf(command.infringementType()).defaultSeverity(command.reasonCode());
            case FAST_TRACK -> policy.pointsOf(command.infringementType()).defaultSeverity();
        };
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
        violation.decidedBy = command.decidedBy();
        violation.rightId = command.rightId();
        violation.recordedAt = now;
        violation.severity = severity;
        violation.severitySource = source;
        violation.severityReviewer = source == SeveritySource.REVIEWER ? command.severityReviewer() : null;
        violation.reasonCode = command.reasonCode();
        violation.points = policy.points(command.infringementType(), severity);
        violation.expiresAt = now.plus(policy.pointsExpireAfter());
        violation.status = LedgerStatus.ACTIVE;
        violation.policyVersion = policy.version();
        violation.persist();
        decisionLog.takedownApplied(violation);
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
                CodedText.of(StatementTexts.REMOVAL_ON_NOTICE, "infringementType", command.infringementType().name(),
                        "severity", severity.name(), "points", violation.points,
                        "days", policy.pointsExpireAfter().toDays()),
                removalFacts(violation), violation.automatedDecision, now));
        escalation(merchant, brands, now).ifPresent(step -> {
            // A termination waits for a second reviewer (TerminationReviews); every other step binds at once.
            if (step.measure() == SanctionMeasure.TERMINATED) {
                terminations.proposeFromLadder(violation, step.clause(), step.facts(listing), now);
            } else {
                sanctions.add(issue(violation, step.measure(), step.clause(), step.facts(listing), true, now));
            }
        });
        figures.violationRecorded(violation, determination, inWindow && hadOther);
        sanctions.forEach(figures::sanctionIssued);
        holds.issued(merchant, sanctions, now);
        return new TakedownOutcome(violation, sanctions, false);
    }

    /**
     * Several takedowns in the caller's transaction, each as {@link #takeDown} applies it (once per complaint item).
     * The merchants concerned are locked first, in id order, so batches and single takedowns naming the same
     * merchants never wait on each other crosswise; the persistence context is cleared after each takedown, so each
     * costs what it costs alone. A takedown of a listing merchant-service does not have is refused on its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<BatchOutcome> takeDownAll(List<Takedown> commands) {
        jakarta.persistence.EntityManager em = Merchant.getEntityManager();
        List<Long> listingIds = commands.stream().map(Takedown::listingId).distinct().toList();
        java.util.Map<Long, Long> merchantOf = new java.util.HashMap<>();
        em.createQuery("select l.id, l.merchant.id from Listing l where l.id in :ids", Object[].class)
                .setParameter("ids", listingIds).getResultList()
                .forEach(row -> merchantOf.put((Long) row[0], (Long) row[1]));
        List<Long> merchantIds = merchantOf.values().stream().distinct().sorted().toList();
        if (!merchantIds.isEmpty()) {
            em.createQuery("select m.id from Merchant m where m.id in :ids order by m.id", Long.class)
                    .setParameter("ids", merchantIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        }
        List<BatchOutcome> outcomes = new ArrayList<>(commands.size());
        for (Takedown command : commands) {
            if (!merchantOf.containsKey(command.listingId())) {
                outcomes.add(new BatchOutcome(command, Optional.empty(), "No listing " + command.listingId() + "."));
                continue;
            }
            outcomes.add(new BatchOutcome(command, Optional.of(takeDown(command)), null));
            em.flush();
            em.clear();
        }
        return outcomes;
    }

    /** The brand took its complaint back: the takedown of the item is reversed; empty when the item had none. */
    @Transactional
    public Optional<ReversalOutcome> retract(String complaintItemId, String reason) {
        return retract(complaintItemId, CodedText.of(StatementTexts.RETRACTED_BY_BRAND, "reason", reason));
    }

    /** As {@link #retract(String, String)}, with why as complaint-service gives it ({@code StatementTexts} end reasons). */
    @Transactional
    public Optional<ReversalOutcome> retract(String complaintItemId, CodedText reason) {
        return Violation.findByComplaintItem(complaintItemId).map(violation -> reverse(violation, reason));
    }

    /** Every sanction the violation led to, in the order issued. */
    @Transactional
    public List<Sanction> causedBy(Violation violation) {
        return Sanction.list("violation = ?1 order by id", violation);
    }

    /** Takes a takedown back: listing restored, points void, every sanction it caused reversed. */
    @Transactional
    public ReversalOutcome reverse(Violation violation, CodedText reason) {
        // The merchant's lock first, as a takedown takes it: the counters change under it.
        Merchant merchant = Merchant.getEntityManager().find(Merchant.class, violation.merchant.id,
                LockModeType.PESSIMISTIC_WRITE);
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
        locked.endReasonCode = reason.code();
        locked.endReasonParams = reason.params();
        locked.endReason = TransparencyExport.clip(StatementTexts.endReason(reason), 2000);
        if (locked.listing.status == ListingStatus.REMOVED) {
            // Back on sale, or SUSPENDED with its account while the account is off sale.
            holds.putOnSale(locked.listing, ListingStatus.RESTORED, now);
        }
        List<Sanction> reversed = new ArrayList<>();
        for (Sanction sanction : caused) {
            if (sanction.status != LedgerStatus.REVERSED) {
                sanction.status = LedgerStatus.REVERSED;
                sanction.endedAt = now;
                sanction.endReasonCode = reason.code();
                sanction.endReasonParams = reason.params();
                sanction.endReason = locked.endReason;
                reversed.add(sanction);
                decisionLog.sanctionReversed(sanction);
            }
        }
        submissions.withdraw(reversed, now);
        holds.reversed(merchant, locked, reversed, now);
        return new ReversalOutcome(locked, reversed, false);
    }

    /** A step of the ladder with its clause; the facts name the listing and the clause's parameters. */
    private record Step(SanctionMeasure measure, CodedText clause, int activePoints, boolean repeat) {
        CodedText facts(Listing listing) {
            java.util.Map<String, String> params = new java.util.LinkedHashMap<>(clause.params());
            params.put("listingId", String.valueOf(listing.id));
            params.put("listingTitle", listing.title);
            params.put("activePoints", String.valueOf(activePoints));
            return new CodedText(repeat ? StatementTexts.REPEAT_INFRINGER_STEP : StatementTexts.POINTS_STEP, params);
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
        CodedText clause = due.get().repeatInfringer()
                ? CodedText.of(StatementTexts.REPEAT_INFRINGER, "policyVersion", policy.version(),
                        "distinctBrands", rule.distinctBrands(), "windowDays", rule.window().toDays(),
                        "measure", target.name())
                : CodedText.of(StatementTexts.POINTS_THRESHOLD, "policyVersion", policy.version(),
                        "threshold", policy.threshold(target), "measure", target.name());
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

    Sanction issue(Violation violation, SanctionMeasure measure, CodedText clause, CodedText facts,
            boolean automated, Instant now) {
        Sanction sanction = new Sanction();
        sanction.merchant = violation.merchant;
        sanction.violation = violation;
        sanction.measure = measure;
        sanction.policyVersion = policy.version();
        sanction.clauseCode = clause.code();
        sanction.clauseParams = clause.params();
        sanction.policyClause = TransparencyExport.clip(StatementTexts.clause(clause), 500);
        sanction.factsCode = facts.code();
        sanction.factsParams = facts.params();
        sanction.facts = clip(StatementTexts.facts(facts));
        sanction.automatedDecision = automated;
        sanction.decidedAt = now;
        sanction.expiresAt = policy.duration(measure).map(now::plus).orElse(null);
        sanction.appealDeadline = now.plus(appeals.window());
        sanction.status = LedgerStatus.ACTIVE;
        sanction.puid = "markguard-sor-" + UUID.randomUUID();
        sanction.persist();
        decisionLog.sanctionTaken(sanction);
        submissions.queue(sanction, now);
        told.statementOfReasons(sanction);
        return sanction;
    }

    /** The EU Transparency Database takes at most 5000 characters of facts. */
    private static String clip(String facts) {
        return facts.length() <= 5000 ? facts : facts.substring(0, 4999) + "…";
    }

    /** What the removal rests on, with the severity it weighs and why. */
    private static CodedText removalFacts(Violation v) {
        Listing listing = v.listing;
        return CodedText.of(StatementTexts.REMOVAL_FACTS, "decidedAt", v.decidedAt, "brandName", v.brandName,
                "listingId", listing.id, "listingTitle", listing.title, "listingUrl", listing.url,
                "infringementType", v.infringementType.name(), "ipOffice", v.ipOffice,
                "ipRegistrationNumber", v.ipRegistrationNumber, "ipMark", v.ipMark, "channel", v.channel.name(),
                "automated", v.automatedDecision, "explanation", v.explanation, "severity", v.severity.name(),
                "severitySource", v.severitySource.name(), "reviewer", v.severityReviewer,
                "reasonCode", v.reasonCode);
    }
}
