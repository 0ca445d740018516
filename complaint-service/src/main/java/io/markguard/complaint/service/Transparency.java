package io.markguard.complaint.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's record over a period (DSA Art. 15 and 24), computed from the items of the notices filed in it.
 * Time to action runs from filing to the action: the listing's removal where there was one, else the decision.
 * Duplicates are left out of every figure but the outcome counts. Optionally for one brand's notices only.
 */
@ApplicationScoped
public class Transparency {

    public static final String METHOD = "Items of the notices filed in the period (from 00:00 UTC on the first day to"
            + " 24:00 UTC on the last). Time to action runs from filing to the listing's removal in merchant-service,"
            + " or to the decision where nothing was removed; median and 95th percentile over the actioned items"
            + " (continuous percentiles). The share within 24 hours counts the items actioned within 24 hours among"
            + " those actioned or open for more than 24 hours. Duplicates count only among the outcomes. Reversed"
            + " and retracted shares are of the takedowns. Fast-track brands are counted as they stand now.";

    public record ChannelTimes(String channel, long actioned, BigDecimal medianHours, BigDecimal p95Hours,
            long within24h, long openPastDay, BigDecimal within24hShare) {
    }

    public record Volume(String key, long items, long accepted, long rejected, long pending, long retracted,
            long reversedOnAppeal) {
    }

    public record Count(String key, long items) {
    }

    public record Figures(Instant from, Instant to, Long brandId, List<ChannelTimes> timeToAction,
            List<Volume> byInfringementType, List<Volume> byOffice, List<Count> byOutcome, long notices, long items,
            long takedowns, long retracted, long reversedOnAppeal, BigDecimal retractedShare, BigDecimal reversedShare,
            long fastTrackBrands, long misuseWarnings, long filingSuspensions, String method, Instant generatedAt) {
    }

    private static final String ITEMS = """
            from complaint_item i join complaint c on c.id = i.complaint_id
            where c.filed_at >= :from and c.filed_at < :to and (:brand < 0 or c.brand_id = :brand)
            """;

    private static final String ACTION = "coalesce(i.takedown_applied_at, i.decided_at)";

    @Inject
    EntityManager em;

    @Transactional
    public Figures over(Instant from, Instant to, Long brandId, Instant now) {
        List<ChannelTimes> times = new ArrayList<>();
        for (String channel : List.of("FAST_TRACK", "STANDARD")) {
            Object[] row = (Object[]) query("""
                    select count(*) filter (where %1$s is not null),
                           percentile_cont(0.5) within group (order by extract(epoch from (%1$s - c.filed_at))),
                           percentile_cont(0.95) within group (order by extract(epoch from (%1$s - c.filed_at))),
                           count(*) filter (where %1$s - c.filed_at <= interval '24 hours'),
                           count(*) filter (where %1$s is null and c.filed_at < cast(:now as timestamptz) - interval '24 hours')
                    """.formatted(ACTION) + ITEMS + " and i.status <> 'DUPLICATE' and i.channel = :channel",
                    from, to, brandId).setParameter("channel", channel).setParameter("now", now).getSingleResult();
            long actioned = number(row[0]);
            long within = number(row[3]);
            long openPastDay = number(row[4]);
            times.add(new ChannelTimes(channel, actioned, hours(row[1]), hours(row[2]), within, openPastDay,
                    share(within, actioned + openPastDay)));
        }
        List<Volume> byType = volumes("c.infringement_type", from, to, brandId);
        List<Volume> byOffice = volumes("c.right_office", from, to, brandId);
        List<Count> byOutcome = new ArrayList<>();
        for (Object r : query("select i.status, count(*) " + ITEMS + " group by i.status order by i.status", from, to, brandId)
                .getResultList()) {
            Object[] row = (Object[]) r;
            byOutcome.add(new Count((String) row[0], number(row[1])));
        }
        Object[] totals = (Object[]) query("""
                select count(distinct c.id), count(*) filter (where i.status <> 'DUPLICATE'),
                       count(*) filter (where i.takedown_applied_at is not null),
                       count(*) filter (where i.takedown_applied_at is not null and i.status = 'RETRACTED'),
                       count(*) filter (where i.takedown_applied_at is not null and i.status = 'REVERSED_ON_APPEAL')
                """ + ITEMS, from, to, brandId).getSingleResult();
        long takedowns = number(totals[2]);
        long retracted = number(totals[3]);
        long reversed = number(totals[4]);
        String brandOnly = brandId == null ? "" : " and brand_id = " + brandId.longValue();
        long fastTrack = number(em.createNativeQuery("select count(*) from brand_record where fast_track" + brandOnly)
                .getSingleResult());
        long warnings = number(em.createNativeQuery("select count(*) from brand_record where misuse_warned_at >= :from"
                + " and misuse_warned_at < :to" + brandOnly).setParameter("from", from).setParameter("to", to).getSingleResult());
        long suspensions = number(em.createNativeQuery("select count(*) from brand_record where filing_suspended_from >= :from"
                + " and filing_suspended_from < :to" + brandOnly).setParameter("from", from).setParameter("to", to)
                .getSingleResult());
        return new Figures(from, to, brandId, times, byType, byOffice, byOutcome, number(totals[0]), number(totals[1]),
                takedowns, retracted, reversed, share(retracted, takedowns), share(reversed, takedowns), fastTrack, warnings,
                suspensions, METHOD, now);
    }

    private List<Volume> volumes(String key, Instant from, Instant to, Long brandId) {
        List<Volume> volumes = new ArrayList<>();
        for (Object r : query("""
                select %1$s, count(*),
                       count(*) filter (where i.status = 'ACCEPTED'),
                       count(*) filter (where i.status = 'REJECTED'),
                       count(*) filter (where i.status = 'PENDING'),
                       count(*) filter (where i.status = 'RETRACTED'),
                       count(*) filter (where i.status = 'REVERSED_ON_APPEAL')
                """.formatted(key) + ITEMS + " and i.status <> 'DUPLICATE' group by " + key + " order by " + key,
                from, to, brandId).getResultList()) {
            Object[] row = (Object[]) r;
            volumes.add(new Volume((String) row[0], number(row[1]), number(row[2]), number(row[3]), number(row[4]),
                    number(row[5]), number(row[6])));
        }
        return volumes;
    }

    private jakarta.persistence.Query query(String sql, Instant from, Instant to, Long brandId) {
        return em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to).setParameter("brand", brandId == null ? -1L : brandId.longValue());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Seconds as hours with two decimals; none when nothing was actioned. */
    private static BigDecimal hours(Object seconds) {
        return seconds == null ? null
                : BigDecimal.valueOf(((Number) seconds).doubleValue()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
