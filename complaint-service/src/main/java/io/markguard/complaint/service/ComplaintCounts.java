package io.markguard.complaint.service;

import io.markguard.complaint.ItemStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The counts of a complaint's items per status and its soonest open deadline, kept on the complaint row in the
 * transaction that changes its items. Relative updates, so two transactions changing items of one complaint
 * both count.
 */
@ApplicationScoped
public class ComplaintCounts {

    /** The changes of one transaction to one complaint's items, applied at once. */
    public static final class Tally {

        private final int[] delta = new int[ItemStatus.values().length];

        /** An item entered {@code to}, from {@code from} or (a new item) from nothing. */
        public Tally moved(ItemStatus from, ItemStatus to) {
            if (from == to) {
                return this;
            }
            if (from != null) {
                delta[from.ordinal()]--;
            }
            delta[to.ordinal()]++;
            return this;
        }

        int of(ItemStatus status) {
            return delta[status.ordinal()];
        }

        boolean none() {
            for (int d : delta) {
                if (d != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    @Inject
    EntityManager em;

    /** One item of the complaint moved from one status to another (or, from null, was filed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(long complaintId, ItemStatus from, ItemStatus to) {
        apply(complaintId, new Tally().moved(from, to));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(long complaintId, Tally tally) {
        if (tally.none()) {
            return;
        }
        // The items' own changes first: the soonest deadline is read from them, as the first entry of the index
        // complaint_item_open_deadline (one index page however many items the complaint holds).
        em.flush();
        String nextDeadline = tally.of(ItemStatus.PENDING) == 0 ? "next_deadline" : """
                (SELECT deadline FROM complaint_item WHERE complaint_id = :id AND status = 'PENDING'
                  ORDER BY deadline LIMIT 1)""";
        em.createNativeQuery("""
                UPDATE complaint
                   SET pending_items = pending_items + :pending, accepted_items = accepted_items + :accepted,
                       rejected_items = rejected_items + :rejected, duplicate_items = duplicate_items + :duplicates,
                       retracted_items = retracted_items + :retracted, reversed_items = reversed_items + :reversed,
                       next_deadline = %s
                 WHERE id = :id""".formatted(nextDeadline))
                .setParameter("pending", tally.of(ItemStatus.PENDING))
                .setParameter("accepted", tally.of(ItemStatus.ACCEPTED))
                .setParameter("rejected", tally.of(ItemStatus.REJECTED))
                .setParameter("duplicates", tally.of(ItemStatus.DUPLICATE))
                .setParameter("retracted", tally.of(ItemStatus.RETRACTED))
                .setParameter("reversed", tally.of(ItemStatus.REVERSED_ON_APPEAL))
                .setParameter("id", complaintId)
                .executeUpdate();
    }
}
