package io.markguard.complaint.service;

import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.ItemStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The one place every change of an item is reported, in the transaction of the change: filing, a reviewer's decision
 * (or spot check), a retraction, a reversal on appeal, the takedown merchant-service applied. It keeps what is read
 * per request instead of the items: the brand's day figures ({@link BrandDayFigures}, for the trust score, the misuse
 * share and the breaches), the transparency rollups ({@link TransparencyRollups}) and the complaint's counts per
 * status ({@link ComplaintCounts}, for the lists). A caller takes {@link #before} just before it changes the item and
 * reports the change with it, before reassessing the brand's fast track. Every report takes its rows in one order:
 * the brand's record and day rows, the rollup rows in key order, the complaint's row last.
 */
@ApplicationScoped
public class ItemFigures {

    /** What the item counted for just before a change. */
    public record Before(BrandDayFigures.Counted brandDay, TransparencyRollups.Standing rollup, ItemStatus status) {
    }

    @Inject
    BrandDayFigures brandDays;

    @Inject
    TransparencyRollups rollups;

    @Inject
    ComplaintCounts counts;

    @Inject
    ComplaintDecisionLog decisionLog;

    /** The items of one notice (or of one chunk of a bulk notice) just filed; {@code newNotice} counts the notice. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void filed(Complaint complaint, List<ComplaintItem> items, boolean newNotice) {
        ComplaintCounts.Tally tally = new ComplaintCounts.Tally();
        for (ComplaintItem item : items) {
            brandDays.filed(item);
            tally.moved(null, item.status);
            // The fast track accepts at filing: that acceptance is the item's decision.
            decisionLog.itemDecided(item);
        }
        rollups.filed(complaint, items, newNotice);
        counts.apply(complaint.id, tally);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Before before(ComplaintItem item) {
        return new Before(BrandDayFigures.Counted.of(item), rollups.before(item), item.status);
    }

    /** A reviewer decided the item, or spot-checked a fast-track acceptance. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(ComplaintItem item, Before before) {
        brandDays.decided(item, before.brandDay());
        rollups.changed(before.rollup(), item);
        counts.moved(item.complaintId, before.status(), item.status);
        decisionLog.itemDecided(item);
    }

    /** The brand retracted the item, pending or taken down. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retracted(ComplaintItem item, Before before) {
        brandDays.retracted(item, before.brandDay());
        rollups.changed(before.rollup(), item);
        counts.moved(item.complaintId, before.status(), item.status);
        decisionLog.itemRetracted(item);
    }

    /** merchant-service upheld the merchant's appeal against the takedown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reversedOnAppeal(ComplaintItem item, Before before) {
        brandDays.reversedOnAppeal(item, before.brandDay());
        rollups.changed(before.rollup(), item);
        counts.moved(item.complaintId, before.status(), item.status);
    }

    /** merchant-service removed the listing: the item's time to action ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takedownApplied(ComplaintItem item, Before before) {
        rollups.changed(before.rollup(), item);
    }
}
