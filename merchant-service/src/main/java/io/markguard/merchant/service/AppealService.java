package io.markguard.merchant.service;

import io.markguard.platform.problem.Refusal;
import io.markguard.merchant.Appeal;
import io.markguard.merchant.AppealStatus;
import io.markguard.merchant.Evidence;
import io.markguard.merchant.LedgerStatus;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.Violation;
import io.markguard.merchant.config.AppealRules;
import io.markguard.merchant.outbox.BrandMailRoute;
import io.markguard.merchant.outbox.ComplaintReversalRoute;
import io.markguard.platform.idempotency.Idempotency;
import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.platform.outbox.Outbox;
import io.markguard.platform.outbox.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Appeals against sanctions (DSA Art. 20): filing, the brand's answer, the reviewer's decision, and who reads them. */
@ApplicationScoped
public class AppealService {

    public enum Outcome {
        UPHELD,
        DENIED
    }

    /** A list of appeals holds at most this many. */
    static final int LIST_LIMIT = 200;

    /** The filed appeal; {@code replayed} when the same Idempotency-Key had filed it before. */
    public record Filed(Appeal appeal, boolean replayed) {
    }

    private record Filing(Filed filed, Long mailMessageId) {
    }

    @Inject
    Idempotency idempotency;

    @Inject
    AppealRules rules;

    @Inject
    EvidenceCheck evidenceCheck;

    @Inject
    PenaltyLedger ledger;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    Clock clock;

    @Inject
    LedgerFigures figures;

    /**
     * Files the merchant's appeal. The mail to the brand goes through the outbox: written with the appeal,
     * sent at once after the commit, and retried by the outbox sender while the mail server is down.
     */
    public Filed file(long merchantId, long sanctionId, String explanation, List<EvidenceUpload> uploads,
            IdempotencyKey idempotencyKey) {
        List<EvidenceCheck.Checked> evidence = evidenceCheck.check(uploads);
        Filing filing = QuarkusTransaction.requiringNew()
                .call(() -> fileInTransaction(merchantId, sanctionId, explanation, evidence, idempotencyKey));
        if (filing.mailMessageId() != null) {
            relay.deliverNow(List.of(filing.mailMessageId()));
        }
        return filing.filed();
    }

    Filing fileInTransaction(long merchantId, long sanctionId, String explanation,
            List<EvidenceCheck.Checked> evidence, IdempotencyKey idempotencyKey) {
        Merchant merchant = Merchant.findById(merchantId);
        String subject = "merchant:" + merchantId;
        String scope = "appeal:" + sanctionId;
        String fingerprint = idempotency.fingerprint(
                List.of(explanation, evidence.stream().map(e -> e.filename() + " " + e.sha256()).toList()));
        Optional<String> earlier = idempotency.earlier(subject, scope, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return new Filing(new Filed(Appeal.findById(Long.valueOf(earlier.get())), true), null);
        }
        // Locking the sanction makes "one open appeal per sanction" hold against concurrent filings.
        Sanction sanction = Sanction.getEntityManager().find(Sanction.class, sanctionId, LockModeType.PESSIMISTIC_WRITE);
        if (sanction == null || !sanction.merchant.id.equals(merchantId)) {
            throw Refusal.notFound("sanction");
        }
        Instant now = clock.instant();
        if (sanction.status == LedgerStatus.REVERSED) {
            throw Refusal.conflict("sanctionId", "Sanction " + sanctionId + " has already been reversed.");
        }
        if (now.isAfter(sanction.appealDeadline)) {
            throw Refusal.conflict("sanctionId", "The appeal window of sanction " + sanctionId + " closed at "
                    + sanction.appealDeadline + ".");
        }
        if (Appeal.count("sanction = ?1 and status = ?2", sanction, AppealStatus.OPEN) > 0) {
            throw Refusal.conflict("sanctionId", "Sanction " + sanctionId + " already has an open appeal.");
        }
        Appeal appeal = new Appeal();
        appeal.sanction = sanction;
        appeal.merchant = merchant;
        appeal.explanation = explanation;
        appeal.status = AppealStatus.OPEN;
        appeal.filedAt = now;
        appeal.brandAnswerDeadline = now.plus(rules.brandAnswerWindow());
        appeal.decisionDeadline = now.plus(rules.decisionWindow());
        appeal.persist();
        idempotency.remember(subject, scope, idempotencyKey, fingerprint, appeal.id);
        figures.appealFiled(appeal);
        for (EvidenceCheck.Checked checked : evidence) {
            Evidence document = new Evidence();
            document.appeal = appeal;
            document.filename = checked.filename();
            document.mediaType = checked.mediaType();
            document.sizeBytes = checked.content().length;
            document.sha256 = checked.sha256();
            document.content = checked.content();
            document.uploadedAt = now;
            document.persist();
        }
        Violation violation = sanction.violation;
        BrandMail.AppealNotice notice = new BrandMail.AppealNotice(appeal.id, violation.submitterEmail,
                violation.brandName, violation.listing.id, violation.listing.title, merchant.displayName(),
                sanction.measure.name(), explanation,
                evidence.stream().map(e -> e.filename() + " " + e.sha256()).toList(),
                appeal.brandAnswerDeadline, appeal.decisionDeadline);
        long mail = outbox.enqueue(BrandMailRoute.DESTINATION, "appeal-" + appeal.id + "-brand-notice", notice).id;
        return new Filing(new Filed(appeal, false), mail);
    }

    /** The complaining brand's answer: only the user who filed the complaint, once, before the deadline. */
    @Transactional
    public Appeal answer(long appealId, String subject, String answer) {
        Appeal appeal = Appeal.getEntityManager().find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null || !appeal.sanction.violation.submitterSubject.equals(subject)) {
            throw Refusal.notFound("appeal");
        }
        if (answer.equals(appeal.brandAnswer)) {
            // A retry of the answer already given.
            return appeal;
        }
        if (appeal.status != AppealStatus.OPEN) {
            throw Refusal.conflict("answer", "Appeal " + appealId + " has been decided.");
        }
        if (appeal.brandAnsweredAt != null) {
            throw Refusal.conflict("answer", "Appeal " + appealId + " has been answered already.");
        }
        Instant now = clock.instant();
        if (now.isAfter(appeal.brandAnswerDeadline)) {
            throw Refusal.conflict("answer", "The window to answer appeal " + appealId + " closed at "
                    + appeal.brandAnswerDeadline + ".");
        }
        appeal.brandAnswer = answer;
        appeal.brandAnsweredAt = now;
        return appeal;
    }

    /**
     * A reviewer's decision. Upheld: the takedown behind the sanction is reversed (listing restored,
     * points and sanctions taken back) and complaint-service is told through the outbox.
     */
    @Transactional
    public Appeal decide(long appealId, String reviewer, Outcome outcome, String reason) {
        Appeal appeal = Appeal.getEntityManager().find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null) {
            throw Refusal.notFound("appeal");
        }
        AppealStatus decided = outcome == Outcome.UPHELD ? AppealStatus.UPHELD : AppealStatus.DENIED;
        if (appeal.status == decided && reason.equals(appeal.decisionReason) && reviewer.equals(appeal.decidedBy)) {
            // A retry of the decision already taken.
            return appeal;
        }
        if (appeal.status != AppealStatus.OPEN) {
            throw Refusal.conflict("outcome", "Appeal " + appealId + " was decided already (" + appeal.status + ").");
        }
        Instant now = clock.instant();
        appeal.status = decided;
        appeal.decidedAt = now;
        appeal.decidedBy = reviewer;
        appeal.decisionReason = reason;
        if (outcome == Outcome.UPHELD) {
            Violation violation = appeal.sanction.violation;
            PenaltyLedger.ReversalOutcome reversal = ledger.reverse(violation,
                    "Appeal " + appealId + " upheld: " + reason);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("type", "APPEAL_UPHELD");
            payload.put("complaintItemId", violation.complaintItemId);
            payload.put("listingId", violation.listing.id);
            payload.put("merchantId", appeal.merchant.id);
            payload.put("brandId", violation.brandId);
            payload.put("appealId", appeal.id);
            payload.put("sanctionId", appeal.sanction.id);
            payload.put("reversedSanctionIds", reversal.reversed().stream().map(s -> s.id).toList());
            payload.put("decidedAt", now.toString());
            payload.put("reason", reason);
            outbox.enqueue(ComplaintReversalRoute.DESTINATION, "appeal-" + appeal.id + "-upheld", payload);
        }
        figures.appealDecided(appeal);
        return appeal;
    }

    /**
     * Reviewers and admins: the queue, soonest decision deadline first. Brand users: the appeals against takedowns
     * they asked for, soonest answer deadline first.
     */
    @Transactional
    public List<Appeal> list(AppealStatus status, Actor reader) {
        return reader.staff()
                ? Appeal.<Appeal>find("status = ?1 order by decisionDeadline, id", status).page(0, LIST_LIMIT).list()
                : Appeal.<Appeal>find("status = ?1 and sanction.violation.submitterSubject = ?2"
                        + " order by brandAnswerDeadline, id", status, reader.subject()).page(0, LIST_LIMIT).list();
    }

    /** The appeal if the reader may see it: its merchant, the brand user who complained, reviewers and admins. */
    @Transactional
    public Optional<Appeal> visible(long id, Actor reader) {
        return Appeal.<Appeal>findByIdOptional(id).filter(appeal -> reader.staff()
                || (reader.has("merchant") && appeal.merchant.subject.equals(reader.subject()))
                || (reader.has("brand") && appeal.sanction.violation.submitterSubject.equals(reader.subject())));
    }

    @Transactional
    public Optional<Appeal> byId(long id) {
        return Appeal.findByIdOptional(id);
    }

    /** One document of the appeal. */
    @Transactional
    public Optional<Evidence> evidence(Appeal appeal, long evidenceId) {
        return Evidence.<Evidence>find("id = ?1 and appeal = ?2", evidenceId, appeal).firstResultOptional();
    }

    /** Every document of the appeal, in the order uploaded. */
    @Transactional
    public List<Evidence> evidenceOf(Appeal appeal) {
        return Evidence.list("appeal = ?1 order by id", appeal);
    }

    /** The merchant's appeals, the latest first. */
    @Transactional
    public List<Appeal> ofMerchant(Merchant merchant) {
        return Appeal.list("merchant = ?1 order by filedAt desc, id desc", merchant);
    }

    /** The appeals against one sanction, the latest first. */
    @Transactional
    public List<Appeal> against(Sanction sanction) {
        return Appeal.list("sanction = ?1 order by filedAt desc, id desc", sanction);
    }

    /** The sanction's open appeal, if any (at most one is open). */
    @Transactional
    public Optional<Appeal> openAgainst(Sanction sanction) {
        return Appeal.find("sanction = ?1 and status = ?2", sanction, AppealStatus.OPEN).firstResultOptional();
    }
}
