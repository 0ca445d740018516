package io.markguard.merchant.service;

import io.markguard.merchant.AccountHold;
import io.markguard.merchant.Listing;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.config.AccountRules;
import io.markguard.platform.notify.Notification;
import io.markguard.platform.notify.Notifications;
import io.markguard.platform.notify.Recipient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Brings each merchant's listings where its account measures want them ({@code account_hold}, kept by
 * {@link AccountHolds}) and releases listings held only for an incomplete trader identity once it is complete
 * ({@code identity_release}). Each transaction claims one due merchant with FOR UPDATE SKIP LOCKED and moves at most
 * {@code markguard.account.sweep-batch} of its listings, by id from where the last batch stopped; so every replica
 * runs it, a merchant with any number of listings is swept in bounded steps, and a restart goes on where it stopped.
 * A listing moves only from the status the step expects (a takedown meanwhile stays REMOVED), so a batch applied
 * twice changes nothing more.
 */
@ApplicationScoped
public class AccountSweep {

    private static final Logger LOG = Logger.getLogger(AccountSweep.class);

    /** What one run did: batches taken, listings moved off sale, back on sale, and released from an identity hold. */
    public record Run(int batches, int offSale, int onSale, int released) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountRules rules;

    @Inject
    AccountHolds holds;

    @Inject
    Notifications notifications;

    @Scheduled(identity = "account-sweep", every = "${markguard.jobs.account-sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Run run = run();
        if (run.offSale() + run.onSale() + run.released() > 0) {
            LOG.infof("Account sweep: %d listings off sale, %d back on sale, %d released from an identity hold",
                    run.offSale(), run.onSale(), run.released());
        }
    }

    /** One run: batches until nothing is due or the run's number of batches is used up. */
    public Run run() {
        int batches = 0;
        int off = 0;
        int on = 0;
        int released = 0;
        while (batches < rules.sweepBatchesPerRun()) {
            int[] moved = QuarkusTransaction.requiringNew().call(this::sweepOne);
            if (moved == null) {
                break;
            }
            batches++;
            off += moved[0];
            on += moved[1];
        }
        while (batches < rules.sweepBatchesPerRun()) {
            Integer moved = QuarkusTransaction.requiringNew().call(this::releaseOne);
            if (moved == null) {
                break;
            }
            batches++;
            released += moved;
        }
        return new Run(batches, off, on, released);
    }

    /** One batch of one due merchant: {off sale, on sale} moved; null when no merchant is due. */
    int[] sweepOne() {
        Instant now = clock.instant();
        List<?> due = em.createNativeQuery("""
                select merchant_id, wanted, wanted_until, applied, sweeping, sweep_after, episode from account_hold
                where due_at <= :now order by due_at limit 1 for update skip locked""")
                .setParameter("now", now).getResultList();
        if (due.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) due.get(0);
        long merchantId = ((Number) row[0]).longValue();
        AccountHold wanted = AccountHold.valueOf((String) row[1]);
        Instant until = row[2] == null ? null : AccountHolds.toInstant(row[2]);
        AccountHold applied = AccountHold.valueOf((String) row[3]);
        AccountHold sweeping = row[4] == null ? null : AccountHold.valueOf((String) row[4]);
        long after = ((Number) row[5]).longValue();
        int episode = ((Number) row[6]).intValue();
        AccountHold target = wanted.offSale() && (until == null || until.isAfter(now)) ? wanted : AccountHold.ON_SALE;
        if (target == applied && sweeping == null) {
            settle(merchantId, target, until, episode);
            return new int[] { 0, 0 };
        }
        if (sweeping != target) {
            // A new step, or the wanted state changed under a step half done: start again from the first listing.
            after = 0;
            if (target.offSale() && !applied.offSale() && sweeping == null) {
                episode++;
            }
        }
        int batch = rules.sweepBatch();
        // On sale → SUSPENDED; suspended for another account step → this one. Back on sale: SUSPENDED only, so a
        // listing removed meanwhile (REMOVED) stays removed. The rows are locked as selected, and a row another
        // transaction changed meanwhile is selected only if it still qualifies.
        String qualifies = target.offSale()
                ? "(status in ('ACTIVE', 'RESTORED') or status = 'SUSPENDED' and off_sale_because <> :target)"
                : "status = 'SUSPENDED'";
        var select = em.createNativeQuery("select id from listing where merchant_id = :m and id > :after and "
                + qualifies + " order by id limit :batch for update")
                .setParameter("m", merchantId).setParameter("after", after).setParameter("batch", batch);
        if (target.offSale()) {
            select.setParameter("target", target.name());
        }
        List<Long> ids = select.getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        if (!ids.isEmpty()) {
            if (target.offSale()) {
                em.createNativeQuery("""
                        update listing set
                            status_before_suspension = case when status = 'SUSPENDED' then status_before_suspension
                                                            else status end,
                            status = 'SUSPENDED', off_sale_because = :target, updated_at = :now
                        where id in (:ids)""")
                        .setParameter("target", target.name()).setParameter("now", now).setParameter("ids", ids)
                        .executeUpdate();
            } else {
                em.createNativeQuery("""
                        update listing set status = coalesce(status_before_suspension, 'ACTIVE'),
                            status_before_suspension = null, off_sale_because = null, updated_at = :now
                        where id in (:ids)""")
                        .setParameter("now", now).setParameter("ids", ids).executeUpdate();
            }
        }
        if (ids.size() < batch) {
            finish(merchantId, applied.offSale() || sweeping != null && sweeping.offSale(), target, until, episode, now);
        } else {
            em.createNativeQuery("""
                    update account_hold set sweeping = :target, sweep_after = :last, episode = :episode, due_at = :now
                    where merchant_id = :m""")
                    .setParameter("target", target.name()).setParameter("last", ids.get(ids.size() - 1))
                    .setParameter("episode", episode).setParameter("now", now).setParameter("m", merchantId)
                    .executeUpdate();
        }
        return target.offSale() ? new int[] { ids.size(), 0 } : new int[] { 0, ids.size() };
    }

    /** Every listing is where the target wants it: the step is applied; the merchant is due again when it ends. */
    private void finish(long merchantId, boolean wasOffSale, AccountHold target, Instant until, int episode,
            Instant now) {
        settle(merchantId, target, until, episode);
        if (wasOffSale && !target.offSale()) {
            Merchant merchant = Merchant.findById(merchantId);
            notifications.tell(new Notification("account-reinstated-" + merchantId + "-" + episode,
                    Recipient.person(merchant.subject, merchant.email), "account-reinstated",
                    Map.of("merchantId", String.valueOf(merchantId), "reinstatedAt", now.toString()), "/merchant"));
        }
    }

    private void settle(long merchantId, AccountHold target, Instant until, int episode) {
        em.createNativeQuery("""
                update account_hold set applied = :target, sweeping = null, sweep_after = 0, episode = :episode,
                    due_at = cast(:due as timestamp with time zone)
                where merchant_id = :m""")
                .setParameter("target", target.name())
                .setParameter("episode", episode)
                .setParameter("due", target.offSale() ? until : null)
                .setParameter("m", merchantId)
                .executeUpdate();
    }

    /** One batch of one merchant whose identity became complete: listings released; null when none is waiting. */
    Integer releaseOne() {
        Instant now = clock.instant();
        List<?> due = em.createNativeQuery("""
                select merchant_id, release_after from identity_release
                order by requested_at limit 1 for update skip locked""").getResultList();
        if (due.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) due.get(0);
        long merchantId = ((Number) row[0]).longValue();
        long after = ((Number) row[1]).longValue();
        Merchant merchant = Merchant.findById(merchantId);
        if (!merchant.missingIdentityFields().isEmpty()) {
            // Incomplete again since it was asked: nothing is released; completing it asks anew.
            em.createNativeQuery("delete from identity_release where merchant_id = :m").setParameter("m", merchantId)
                    .executeUpdate();
            return 0;
        }
        AccountHolds.Hold hold = holds.inForce(merchantId, now);
        int batch = rules.sweepBatch();
        List<?> selected = em.createNativeQuery("""
                select id from listing where merchant_id = :m and status = 'HELD' and id > :after
                  and off_sale_because in (:identity, :both)
                order by id limit :batch for update""")
                .setParameter("m", merchantId).setParameter("after", after)
                .setParameter("identity", Listing.HELD_IDENTITY).setParameter("both", Listing.HELD_BOTH)
                .setParameter("batch", batch).getResultList();
        List<Long> ids = selected.stream().map(id -> ((Number) id).longValue()).toList();
        if (!ids.isEmpty()) {
            // Held for the restriction as well: still held, for it alone.
            em.createNativeQuery("""
                    update listing set off_sale_because = :restricted, updated_at = :now
                    where id in (:ids) and status = 'HELD' and off_sale_because = :both""")
                    .setParameter("restricted", Listing.HELD_RESTRICTED).setParameter("both", Listing.HELD_BOTH)
                    .setParameter("now", now).setParameter("ids", ids).executeUpdate();
            // Held for the identity alone: on sale, or SUSPENDED with the account while it is off sale.
            em.createNativeQuery("""
                    update listing set
                        status = case when :offSale then 'SUSPENDED' else 'ACTIVE' end,
                        status_before_suspension = case when :offSale then 'ACTIVE' else null end,
                        off_sale_because = case when :offSale then :hold else null end,
                        updated_at = :now
                    where id in (:ids) and status = 'HELD' and off_sale_because = :identity""")
                    .setParameter("offSale", hold.hold().offSale()).setParameter("hold", hold.hold().name())
                    .setParameter("identity", Listing.HELD_IDENTITY)
                    .setParameter("now", now).setParameter("ids", ids).executeUpdate();
        }
        if (ids.size() < batch) {
            em.createNativeQuery("delete from identity_release where merchant_id = :m").setParameter("m", merchantId)
                    .executeUpdate();
        } else {
            em.createNativeQuery("update identity_release set release_after = :last, requested_at = :now"
                    + " where merchant_id = :m")
                    .setParameter("last", ids.get(ids.size() - 1)).setParameter("now", now).setParameter("m", merchantId)
                    .executeUpdate();
        }
        return ids.size();
    }
}
