package io.markguard.merchant.service;

import io.markguard.merchant.AccountHold;
import io.markguard.merchant.Listing;
import io.markguard.merchant.ListingStatus;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.Violation;
import io.markguard.platform.notify.Notification;
import io.markguard.platform.notify.Notifications;
import io.markguard.platform.notify.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a merchant's account measures want of its listings, kept in {@code account_hold}: worked out again in the
 * transaction of every change of the account sanctions (issue, reversal, a termination's proposal and decision) and
 * read by every request that must know (import, release, restore). {@link AccountSweep} brings the listings there.
 */
@ApplicationScoped
public class AccountHolds {

    /** The hold the account is under and until when (empty: no end). */
    public record Hold(AccountHold hold, Optional<Instant> until) {
        public static final Hold NONE = new Hold(AccountHold.ON_SALE, Optional.empty());
    }

    @Inject
    EntityManager em;

    @Inject
    PenaltyLedger ledger;

    @Inject
    Notifications notifications;

    @Inject
    TerminationReviews terminations;

    /** The hold in force on the merchant at {@code now}, from its maintained row; {@link Hold#NONE} when on sale. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Hold inForce(long merchantId, Instant now) {
        List<?> rows = em.createNativeQuery("select wanted, wanted_until from account_hold where merchant_id = :m")
                .setParameter("m", merchantId).getResultList();
        if (rows.isEmpty()) {
            return Hold.NONE;
        }
        Object[] row = (Object[]) rows.get(0);
        AccountHold wanted = AccountHold.valueOf((String) row[0]);
        Instant until = row[1] == null ? null : toInstant(row[1]);
        if (!wanted.offSale() || until != null && !until.isAfter(now)) {
            return Hold.NONE;
        }
        return new Hold(wanted, Optional.ofNullable(until));
    }

    /**
     * Works the hold out again from the account sanctions in force and the termination waiting for a reviewer, and
     * makes the merchant due for the sweep. Called under the merchant's lock in the transaction of the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Hold recompute(Merchant merchant, Instant now) {
        em.flush();
        PenaltyLedger.AccountMeasures account = ledger.accountInForce(merchant, now);
        List<Sanction> blocking = account.inForce().stream().filter(s -> s.measure.blocksListing()).toList();
        Hold hold;
        if (blocking.stream().anyMatch(s -> s.measure == SanctionMeasure.TERMINATED)) {
            hold = new Hold(AccountHold.ACCOUNT_TERMINATED, Optional.empty());
        } else if (terminations.pendingOf(merchant.id).isPresent()) {
            hold = new Hold(AccountHold.TERMINATION_PENDING, Optional.empty());
        } else if (!blocking.isEmpty()) {
            hold = new Hold(AccountHold.ACCOUNT_SUSPENDED,
                    blocking.stream().map(s -> s.expiresAt).max(Comparator.naturalOrder()));
        } else {
            hold = Hold.NONE;
        }
        em.createNativeQuery("""
                insert into account_hold (merchant_id, wanted, wanted_until, applied, due_at, changed_at)
                values (:m, :wanted, cast(:until as timestamp with time zone), 'ON_SALE', :now, :now)
                on conflict (merchant_id) do update
                set wanted = excluded.wanted, wanted_until = excluded.wanted_until, due_at = excluded.due_at,
                    changed_at = excluded.changed_at""")
                .setParameter("m", merchant.id)
                .setParameter("wanted", hold.hold().name())
                .setParameter("until", hold.until().orElse(null))
                .setParameter("now", now)
                .executeUpdate();
        return hold;
    }

    /** After a takedown: when it issued a suspension, the hold is worked out again and the merchant told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(Merchant merchant, List<Sanction> sanctions, Instant now) {
        List<Sanction> suspensions = sanctions.stream().filter(s -> s.measure.blocksListing()).toList();
        if (suspensions.isEmpty()) {
            return;
        }
        recompute(merchant, now);
        for (Sanction s : suspensions) {
            tellSuspended(merchant, "account-suspended-" + s.id, s.measure.name(), s.expiresAt, s.id);
        }
    }

    /**
     * After a reversal: when it reversed an account sanction or withdrew a termination waiting for a reviewer, the
     * hold is worked out again (the sweep then puts back what the reversed measure took off sale).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reversed(Merchant merchant, Violation violation, List<Sanction> reversed, Instant now) {
        boolean withdrawn = terminations.withdrawFor(violation, now);
        if (withdrawn || reversed.stream().anyMatch(s -> s.measure.blocksListing())) {
            recompute(merchant, now);
        }
    }

    /**
     * The status a listing coming back on sale gets (restored after a reversal, released from a hold): SUSPENDED
     * with its account while the account is off sale, else {@code onSale}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void putOnSale(Listing listing, ListingStatus onSale, Instant now) {
        Hold hold = inForce(listing.merchant.id, now);
        if (hold.hold().offSale()) {
            listing.status = ListingStatus.SUSPENDED;
            listing.statusBeforeSuspension = onSale;
            listing.offSaleBecause = hold.hold().name();
        } else {
            listing.status = onSale;
            listing.statusBeforeSuspension = null;
            listing.offSaleBecause = null;
        }
        listing.updatedAt = now;
    }

    void tellSuspended(Merchant merchant, String key, String measure, Instant until, Long sanctionId) {
        Map<String, String> params = new HashMap<>();
        params.put("merchantId", String.valueOf(merchant.id));
        params.put("measure", measure);
        params.put("until", until == null ? "" : until.toString());
        if (sanctionId != null) {
            params.put("sanctionId", String.valueOf(sanctionId));
        }
        notifications.tell(new Notification(key, Recipient.person(merchant.subject, merchant.email),
                "account-suspended", params, sanctionId == null ? "/merchant" : "/merchant/sanctions/" + sanctionId));
    }

    static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalArgumentException("Not a time: " + value);
    }
}
