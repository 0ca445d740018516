package io.markguard.complaint.service;

import io.markguard.complaint.BrandRecord;
import io.markguard.complaint.Channel;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.InfringementType;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.ReasonCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * A brand's figures per UTC day of decision and infringement type ({@code brand_day_figures}), which
 * {@link TrustScores} reads instead of the brand's items; kept through {@link ItemFigures} in the transaction of
 * every change of an item: filing, a reviewer's decision (or spot check), a retraction, a reversal on appeal.
 * An item counts on the day of its decision: a later change moves its count between the columns of that day's row.
 */
@ApplicationScoped
public class BrandDayFigures {

    /** Columns of {@code brand_day_figures}, in the order of {@link Counted#counts()}. */
    static final String[] COLUMNS = { "decided", "accepted", "rejected", "takedowns", "reversed_on_appeal", "retracted",
            "decided_by_person", "manifestly_unfounded", "standard_decided", "standard_decided_late" };

    /** Rows of {@code review_breach_figures}: a brand's breaches add to the row of its id modulo this. */
    static final int BREACH_SHARDS = 16;

    /** What of an item the figures count; taken before a change, with {@link #of}, to report it after. */
    public record Counted(long brandId, InfringementType type, ItemStatus status, Instant decidedAt, String decidedBy,
            ReasonCode reasonCode, Channel channel, Instant deadline) {

        public static Counted of(ComplaintItem item) {
            return new Counted(item.brandId, item.infringementType, item.status, item.decidedAt, item.decidedBy,
                    item.reasonCode, item.channel, item.deadline);
        }

        /** The UTC day the item counts on; null while it is undecided. */
        LocalDate day() {
            return decidedAt == null ? null : LocalDate.ofInstant(decidedAt, ZoneOffset.UTC);
        }

        /** The item's counts in its day's row, column by column: all zero while it is undecided. */
        long[] counts() {
            long[] n = new long[COLUMNS.length];
            if (decidedAt == null) {
                return n;
            }
            boolean byPerson = decidedBy != null && !FastTrack.DECIDER.equals(decidedBy);
            n[0] = one(ItemStatus.DECIDED.contains(status));
            n[1] = one(status == ItemStatus.ACCEPTED);
            n[2] = one(status == ItemStatus.REJECTED);
            n[3] = one(status == ItemStatus.ACCEPTED || status == ItemStatus.RETRACTED
                    || status == ItemStatus.REVERSED_ON_APPEAL);
            n[4] = one(status == ItemStatus.REVERSED_ON_APPEAL);
            n[5] = one(status == ItemStatus.RETRACTED);
            n[6] = one(byPerson);
            n[7] = one(byPerson && reasonCode == ReasonCode.MANIFESTLY_UNFOUNDED);
            n[8] = one(channel == Channel.STANDARD);
            n[9] = one(channel == Channel.STANDARD && decidedAt.isAfter(deadline));
            return n;
        }

        private static long one(boolean counts) {
            return counts ? 1 : 0;
        }
    }

    @Inject
    EntityManager em;

    /**
     * A new item: DUPLICATE and PENDING count nowhere yet, a fast-track acceptance counts on its day. A notice on the
     * fast track holds its brand's record already ({@link FastTrack#forNotice}, {@link FastTrack#forChunk}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void filed(ComplaintItem item) {
        statusChanged(item, null, false);
    }

    /** A reviewer decided the item, or spot-checked a fast-track acceptance. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(ComplaintItem item, Counted before) {
        statusChanged(item, before, true);
    }

    /** The brand retracted the item, pending or taken down. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retracted(ComplaintItem item, Counted before) {
        statusChanged(item, before, true);
    }

    /** merchant-service upheld the merchant's appeal against the takedown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reversedOnAppeal(ComplaintItem item, Counted before) {
        statusChanged(item, before, true);
    }

    /**
     * Moves the item's counts from what it was ({@code before}, null for a new item) to what it is. Every writer of
     * a brand's day rows holds the brand's record first, so two transactions never wait on each other's day rows
     * in opposite order; the changes reported here lock it anyway to reassess the fast track.
     */
    private void statusChanged(ComplaintItem item, Counted before, boolean lockBrand) {
        Counted after = Counted.of(item);
        long[] was = before == null ? new long[COLUMNS.length] : before.counts();
        long[] is = after.counts();
        LocalDate wasDay = before == null ? null : before.day();
        LocalDate isDay = after.day();
        if (lockBrand && (wasDay != null || isDay != null)) {
            BrandRecord.lock(item.brandId);
        }
        if (wasDay != null && wasDay.equals(isDay) && before.type() == after.type()) {
            long[] delta = new long[COLUMNS.length];
            for (int i = 0; i < delta.length; i++) {
                delta[i] = is[i] - was[i];
            }
            add(after.brandId(), isDay, after.type(), delta);
            return;
        }
        if (wasDay != null) {
            add(before.brandId(), wasDay, before.type(), Arrays.stream(was).map(n -> -n).toArray());
        }
        if (isDay != null) {
            add(after.brandId(), isDay, after.type(), is);
        }
    }

    private void add(long brandId, LocalDate day, InfringementType type, long[] delta) {
        if (Arrays.stream(delta).allMatch(n -> n == 0)) {
            return;
        }
        var upsert = em.createNativeQuery("""
                INSERT INTO brand_day_figures (brand_id, day, infringement_type, decided, accepted, rejected, takedowns,
                    reversed_on_appeal, retracted, decided_by_person, manifestly_unfounded, standard_decided,
                    standard_decided_late)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                ON CONFLICT (brand_id, day, infringement_type) DO UPDATE SET
                    decided = brand_day_figures.decided + excluded.decided,
                    accepted = brand_day_figures.accepted + excluded.accepted,
                    rejected = brand_day_figures.rejected + excluded.rejected,
                    takedowns = brand_day_figures.takedowns + excluded.takedowns,
                    reversed_on_appeal = brand_day_figures.reversed_on_appeal + excluded.reversed_on_appeal,
                    retracted = brand_day_figures.retracted + excluded.retracted,
                    decided_by_person = brand_day_figures.decided_by_person + excluded.decided_by_person,
                    manifestly_unfounded = brand_day_figures.manifestly_unfounded + excluded.manifestly_unfounded,
                    standard_decided = brand_day_figures.standard_decided + excluded.standard_decided,
                    standard_decided_late = brand_day_figures.standard_decided_late + excluded.standard_decided_late""")
                .setParameter(1, brandId).setParameter(2, day).setParameter(3, type.name());
        for (int i = 0; i < delta.length; i++) {
            upsert.setParameter(i + 4, delta[i]);
        }
        upsert.executeUpdate();
        addToBreaches(em, brandId, delta[8], delta[9]);
    }

    /** Moves the standard channel's breach totals with a brand's day rows (here, and when a check repairs them). */
    static void addToBreaches(EntityManager em, long brandId, long decided, long decidedLate) {
        if (decided == 0 && decidedLate == 0) {
            return;
        }
        em.createNativeQuery("""
                UPDATE review_breach_figures SET decided = decided + ?2, decided_late = decided_late + ?3 WHERE shard = ?1""")
                .setParameter(1, (int) Math.floorMod(brandId, BREACH_SHARDS)).setParameter(2, decided)
                .setParameter(3, decidedLate).executeUpdate();
    }
}
