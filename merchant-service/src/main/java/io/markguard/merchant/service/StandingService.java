package io.markguard.merchant.service;

import io.markguard.merchant.AppealStatus;
import io.markguard.merchant.LedgerStatus;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.Violation;
import io.markguard.merchant.config.PenaltyPolicy;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a merchant's standing from the ledger; correct at any instant, whether or not the expiry job has run. */
@ApplicationScoped
public class StandingService {

    public static final String SANCTIONS = "sanctions";
    public static final String VIOLATIONS = "violations";

    /** A sanction of a list with the id of its open appeal, if any. */
    public record SanctionRow(Sanction sanction, Long openAppealId) {
    }

    @Inject
    PenaltyLedger ledger;

    @Inject
    PenaltyPolicy policy;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountHolds holds;

    @Inject
    TerminationReviews terminations;

    /** The merchant if the reader may see its record: reviewers and admins, and the merchant itself. */
    @Transactional
    public Optional<Merchant> visible(long merchantId, Actor reader) {
        return Merchant.<Merchant>findByIdOptional(merchantId)
                .filter(merchant -> reader.staff() || merchant.subject.equals(reader.subject()));
    }

    /** The merchant's standing for reviewers and admins; a merchant reads only its own (others are empty). */
    @Transactional
    public Optional<Standing> of(long merchantId, Actor reader) {
        return visible(merchantId, reader).map(this::of);
    }

    /**
     * One page of the merchant's sanctions, the latest decided first, after {@code after} (a cursor of
     * {@link #SANCTIONS}). {@code status} as a view shows it: ACTIVE means in force now, EXPIRED includes a
     * sanction past its end that the expiry job has not lapsed yet; empty for every status.
     */
    @Transactional
    public Page<SanctionRow> sanctions(Merchant merchant, Optional<LedgerStatus> status, int limit, Cursor after) {
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder("s.merchant.id = :merchant");
        status.ifPresent(wanted -> where.append(switch (wanted) {
            case ACTIVE -> " and s.status = :active and (s.expiresAt is null or s.expiresAt > :now)";
            case EXPIRED -> " and (s.status = :expired or (s.status = :active and s.expiresAt <= :now))";
            case REVERSED -> " and s.status = :reversed";
        }));
        if (after != null) {
            // The first condition bounds the index range; the second breaks ties on the same instant.
            where.append(" and s.decidedAt <= :at and (s.decidedAt < :at or s.id < :id)");
        }
        TypedQuery<Sanction> query = em.createQuery("""
                from Sanction s join fetch s.violation v join fetch v.listing
                where %s order by s.decidedAt desc, s.id desc""".formatted(where), Sanction.class)
                .setParameter("merchant", merchant.id)
                .setMaxResults(PageSize.fetch(limit));
        status.ifPresent(wanted -> {
            switch (wanted) {
                case ACTIVE -> query.setParameter("active", LedgerStatus.ACTIVE).setParameter("now", now);
                case EXPIRED -> query.setParameter("expired", LedgerStatus.EXPIRED)
                        .setParameter("active", LedgerStatus.ACTIVE).setParameter("now", now);
                case REVERSED -> query.setParameter("reversed", LedgerStatus.REVERSED);
            }
        });
        if (after != null) {
            query.setParameter("at", after.instant(0)).setParameter("id", after.number(1));
        }
        Page<Sanction> page = Page.of(ReadOnly.of(query).getResultList(), limit, sanction -> sanction,
                sanction -> Cursor.after(SANCTIONS, sanction.decidedAt, sanction.id));
        Map<Long, Long> open = openAppeals(page.items().stream().map(sanction -> sanction.id).toList());
        return page.map(sanction -> new SanctionRow(sanction, open.get(sanction.id)));
    }

    /** The open appeal of each of the sanctions that has one (at most one each), in one query. */
    private Map<Long, Long> openAppeals(List<Long> sanctionIds) {
        Map<Long, Long> open = new HashMap<>();
        if (!sanctionIds.isEmpty()) {
            ReadOnly.of(em.createQuery("select a.sanction.id, a.id from Appeal a"
                    + " where a.sanction.id in :sanctions and a.status = :open", Object[].class))
                    .setParameter("sanctions", sanctionIds)
                    .setParameter("open", AppealStatus.OPEN)
                    .getResultList()
                    .forEach(row -> open.put((Long) row[0], (Long) row[1]));
        }
        return open;
    }

    /** One page of the merchant's violations whose points count now, the soonest to expire first. */
    @Transactional
    public Page<Violation> activeViolations(Merchant merchant, int limit, Cursor after) {
        Instant now = clock.instant();
        String keyset = after == null ? ""
                : " and v.expiresAt >= :at and (v.expiresAt > :at or v.id > :id)";
        TypedQuery<Violation> query = em.createQuery("""
                from Violation v join fetch v.listing
                where v.merchant.id = :merchant and v.status = :active and v.expiresAt > :now%s
                order by v.expiresAt, v.id""".formatted(keyset), Violation.class)
                .setParameter("merchant", merchant.id)
                .setParameter("active", LedgerStatus.ACTIVE)
                .setParameter("now", now)
                .setMaxResults(PageSize.fetch(limit));
        if (after != null) {
            query.setParameter("at", after.instant(0)).setParameter("id", after.number(1));
        }
        return Page.of(ReadOnly.of(query).getResultList(), limit, v -> v,
                v -> Cursor.after(VIOLATIONS, v.expiresAt, v.id));
    }

    /** The sanction if the reader may see it: its merchant, reviewers and admins. */
    @Transactional
    public Optional<Sanction> sanction(long id, Actor reader) {
        return Sanction.<Sanction>findByIdOptional(id).filter(sanction -> reader.staff()
                || (reader.has("merchant") && sanction.merchant.subject.equals(reader.subject())));
    }

    /**
     * The standing from bounded reads: the steps of the account ladder in force (at most one per step), the
     * active points, and how many sanctions and violations count now.
     */
    @Transactional
    public Standing of(Merchant merchant) {
        Instant now = clock.instant();
        PenaltyLedger.AccountMeasures account = ledger.accountInForce(merchant, now);
        int points = ledger.activePoints(merchant, now);
        AccountHolds.Hold hold = holds.inForce(merchant.id, now);
        Optional<io.markguard.merchant.TerminationReview> pending = terminations.pendingOf(merchant.id);
        // A termination waiting for a reviewer is the next step already.
        Optional<SanctionMeasure> next = pending.isPresent() ? Optional.empty() : policy.nextStep(account.step(), points);
        boolean mayList = account.mayList() && !hold.hold().offSale();
        boolean held = mayList && (account.newListingsHeld() || !merchant.missingIdentityFields().isEmpty());
        long sanctionsInForce = ReadOnly.current(em.createQuery("""
                select count(s) from Sanction s where s.merchant.id = :merchant and s.status = :active
                    and (s.expiresAt is null or s.expiresAt > :now)""", Long.class))
                .setParameter("merchant", merchant.id)
                .setParameter("active", LedgerStatus.ACTIVE)
                .setParameter("now", now)
                .getSingleResult();
        long activeViolations = ReadOnly.current(em.createQuery("""
                select count(v) from Violation v where v.merchant.id = :merchant and v.status = :active
                    and v.expiresAt > :now""", Long.class))
                .setParameter("merchant", merchant.id)
                .setParameter("active", LedgerStatus.ACTIVE)
                .setParameter("now", now)
                .getSingleResult();
        // No end while a termination is in force or waits for a reviewer.
        Optional<Instant> blockedUntil = mayList || hold.hold() == io.markguard.merchant.AccountHold.TERMINATION_PENDING
                ? Optional.empty() : account.listingBlockedUntil();
        return new Standing(merchant, now, policy.version(), account.step(), points, mayList, held, blockedUntil, next,
                next.map(policy::threshold), sanctionsInForce, activeViolations, hold.hold(), pending);
    }
}
