package io.markguard.complaint.service;

import io.markguard.platform.figures.DurationHistogram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The platform's record over a period (DSA Art. 15 and 24), by the filing day of the notices, read from the rollups
 * {@link TransparencyRollups} keeps: month rows for the period's whole months and day rows for the rest, for one brand or all
 * brands together, whatever the number of items.
 * Time to action runs from filing to the action: the listing's removal where there was one, else the decision.
 * Duplicates are left out of every figure but the outcome counts.
 */
@ApplicationScoped
public class Transparency {

    public static final String METHOD = "Items of the notices filed in the period (from 00:00 UTC on the first day to"
            + " 24:00 UTC on the last), as they stand now. Time to action runs from filing to the listing's removal in"
            + " merchant-service, or to the decision where nothing was removed. Median and 95th percentile over the"
            + " actioned items (continuous percentiles) are read from per-day histograms of the times, in buckets"
            + " whose bounds grow by 5 %: each is " + DurationHistogram.PRECISION + "; every count is exact. The"
            + " share within 24 hours counts the items actioned within 24 hours among those actioned or open for"
            + " more than 24 hours; an item still open counts as open for more than 24 hours once 24 hours have"
            + " passed since the end of the UTC hour in which it was filed (by filing hour, not minute: up to an hour"
            + " later than to the minute). Duplicates count only among the outcomes. Reversed and retracted shares are of the"
            + " takedowns. Fast-track brands are counted as they stand now. Months are UTC calendar months of the"
            + " period, the first and last cut to its days; each month's median and 95th percentile are read from"
            + " the same histograms, over that month's actioned items of both channels.";

    /** What the accuracy of the automated means (DSA Art. 15(1)(e)) is, as the figures state it. */
    public static final String SPOT_CHECK_METHOD = "The fast track removes a trusted brand's listings without a"
            + " reviewer; a share of its removals is drawn at random, at filing, for a reviewer to check. Of the"
            + " fast-track items of the notices filed in the period: drawn for a check, checked by a reviewer, upheld"
            + " (the reviewer accepted the notice) and overturned (the reviewer rejected it and the listing was"
            + " restored). Accuracy is the share upheld of those checked; the error rate the share overturned."
            + " Checks still waiting for a reviewer count only as drawn.";

    public record ChannelTimes(String channel, long actioned, BigDecimal medianHours, BigDecimal p95Hours,
            long within24h, long openPastDay, BigDecimal within24hShare) {
    }

    public record Volume(String key, long items, long accepted, long rejected, long pending, long retracted,
            long reversedOnAppeal) {
    }

    public record Count(String key, long items) {
    }

    /** One calendar month of the period (the first and last cut to the period's days). */
    public record Month(String month, long notices, long items, long takedowns, long actioned, BigDecimal medianHours,
            BigDecimal p95Hours) {
    }

    /** The fast track's spot checks: how many of its removals a reviewer checked, upheld and overturned. */
    public record SpotChecks(long fastTrackActioned, long drawn, long checked, long upheld, long overturned,
            BigDecimal accuracy, BigDecimal errorRate, String method) {
    }

    public record Figures(Instant from, Instant to, Long brandId, List<ChannelTimes> timeToAction,
            List<Volume> byInfringementType, List<Volume> byOffice, List<Count> byOutcome, long notices, long items,
            long takedowns, long retracted, long reversedOnAppeal, BigDecimal retractedShare, BigDecimal reversedShare,
            long fastTrackBrands, long misuseWarnings, long filingSuspensions, List<Month> months, SpotChecks spotChecks,
            String method, Instant generatedAt) {
    }

    private static final List<String> CHANNELS = List.of("FAST_TRACK", "STANDARD");

    /** The outcome columns of {@code transparency_volume_day}, in the order read. */
    private static final List<String> OUTCOMES = List.of("PENDING", "ACCEPTED", "REJECTED", "RETRACTED",
            "REVERSED_ON_APPEAL", "DUPLICATE");

    @Inject
    EntityManager em;

    /** From the first instant of the period's first day to the first instant after its last day. */
    @Transactional
    public Figures over(Instant from, Instant to, Long brandId, Instant now) {
        long scope = brandId == null ? TransparencyRollups.ALL_BRANDS : brandId;
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC).minusDays(1);
        Instant dayAgo = now.minus(Duration.ofHours(24));
        // Days that ended a day ago or earlier hold only items filed more than 24 hours ago; of the day that ends
        // within the last 24 hours the open items of the filing hours that ended a day ago are read by hour (at most
        // 24 hours per channel, whatever the day's volume).
        LocalDate partDay = LocalDate.ofInstant(dayAgo, ZoneOffset.UTC);

        Map<String, long[]> actions = new HashMap<>();
        long[] spots = new long[3];
        for (Object r : days("""
                select channel, sum(actioned), sum(within_24h), coalesce(sum(open) filter (where day < :partDay), 0),
                       sum(spot_drawn), sum(spot_checked), sum(spot_overturned)
                from transparency_action_day where %s group by channel""".formatted(PERIOD),
                scope, first, last, partDay).setParameter("partDay", partDay).getResultList()) {
            Object[] row = (Object[]) r;
            actions.put((String) row[0], new long[] { number(row[1]), number(row[2]), number(row[3]) });
            for (int i = 0; i < spots.length; i++) {
                spots[i] += number(row[i + 4]);
            }
        }
        if (!partDay.isBefore(first) && !partDay.isAfter(last)) {
            for (Object r : openByHour(scope, partDay, dayAgo)) {
                Object[] row = (Object[]) r;
                actions.computeIfAbsent((String) row[0], k -> new long[3])[2] += number(row[1]);
            }
        }
        Map<String, SortedMap<Integer, Long>> histograms = new HashMap<>();
        for (Object r : days("""
                select channel, bucket, sum(items) from transparency_action_time
                where %s group by channel, bucket""".formatted(PERIOD), scope, first, last, partDay).getResultList()) {
            Object[] row = (Object[]) r;
            histograms.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put(((Number) row[1]).intValue(), number(row[2]));
        }
        List<ChannelTimes> times = new ArrayList<>();
        for (String channel : CHANNELS) {
            long[] a = actions.getOrDefault(channel, new long[3]);
            SortedMap<Integer, Long> histogram = histograms.getOrDefault(channel, new TreeMap<>());
            times.add(new ChannelTimes(channel, a[0], hours(DurationHistogram.percentile(histogram, 0.5)),
                    hours(DurationHistogram.percentile(histogram, 0.95)), a[1], a[2], share(a[1], a[0] + a[2])));
        }

        // Per type and office: notices, then the outcome columns, then takedowns and those retracted or reversed.
        Map<String, long[]> byType = new TreeMap<>();
        Map<String, long[]> byOffice = new TreeMap<>();
        long[] totals = new long[10];
        for (Object r : days("""
                select infringement_type, right_office, sum(notices), sum(pending), sum(accepted), sum(rejected),
                       sum(retracted), sum(reversed_on_appeal), sum(duplicates), sum(takedowns),
                       sum(takedowns_retracted), sum(takedowns_reversed)
                from transparency_volume_day where %s
                group by infringement_type, right_office""".formatted(PERIOD), scope, first, last, partDay).getResultList()) {
            Object[] row = (Object[]) r;
            long[] counts = new long[10];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = number(row[i + 2]);
                totals[i] += counts[i];
            }
            add(byType.computeIfAbsent((String) row[0], k -> new long[10]), counts);
            add(byOffice.computeIfAbsent((String) row[1], k -> new long[10]), counts);
        }
        List<Count> byOutcome = new ArrayList<>();
        for (int i = 0; i < OUTCOMES.size(); i++) {
            if (totals[i + 1] != 0) {
                byOutcome.add(new Count(OUTCOMES.get(i), totals[i + 1]));
            }
        }
        byOutcome.sort(Comparator.comparing(Count::key));
        long takedowns = totals[7];
        long retracted = totals[8];
        long reversed = totals[9];

        String brandOnly = brandId == null ? "" : " and brand_id = " + brandId.longValue();
        long fastTrack = number(em.createNativeQuery("select count(*) from brand_record where fast_track" + brandOnly)
                .getSingleResult());
        long warnings = number(em.createNativeQuery("select count(*) from brand_record where misuse_warned_at >= :from"
                + " and misuse_warned_at < :to" + brandOnly).setParameter("from", from).setParameter("to", to).getSingleResult());
        long suspensions = number(em.createNativeQuery("select count(*) from brand_record where filing_suspended_from >= :from"
                + " and filing_suspended_from < :to" + brandOnly).setParameter("from", from).setParameter("to", to)
                .getSingleResult());
        long fastTrackActioned = actions.getOrDefault("FAST_TRACK", new long[3])[0];
        SpotChecks spotChecks = new SpotChecks(fastTrackActioned, spots[0], spots[1], spots[1] - spots[2], spots[2],
                share(spots[1] - spots[2], spots[1]), share(spots[2], spots[1]), SPOT_CHECK_METHOD);
        return new Figures(from, to, brandId, times, volumes(byType), volumes(byOffice), byOutcome, totals[0],
                items(totals), takedowns, retracted, reversed, share(retracted, takedowns), share(reversed, takedowns),
                fastTrack, warnings, suspensions, months(scope, first, last, partDay), spotChecks, METHOD, now);
    }

    /**
     * The period month by month, from the same rows as the totals (grouped by month; at most 36 month rows and 61
     * day rows per key): every month of the period, those with nothing filed as zeros.
     */
    private List<Month> months(long scope, LocalDate first, LocalDate last, LocalDate partDay) {
        Map<String, long[]> volumes = new HashMap<>();
        for (Object r : days("""
                select to_char(day, 'YYYY-MM'), sum(notices), sum(pending) + sum(accepted) + sum(rejected) + sum(retracted)
                       + sum(reversed_on_appeal), sum(takedowns)
                from transparency_volume_day where %s group by 1""".formatted(PERIOD), scope, first, last, partDay)
                .getResultList()) {
            Object[] row = (Object[]) r;
            volumes.put((String) row[0], new long[] { number(row[1]), number(row[2]), number(row[3]) });
        }
        Map<String, Long> actioned = new HashMap<>();
        for (Object r : days("""
                select to_char(day, 'YYYY-MM'), sum(actioned) from transparency_action_day where %s group by 1"""
                .formatted(PERIOD), scope, first, last, partDay).getResultList()) {
            Object[] row = (Object[]) r;
            actioned.put((String) row[0], number(row[1]));
        }
        Map<String, SortedMap<Integer, Long>> histograms = new HashMap<>();
        for (Object r : days("""
                select to_char(day, 'YYYY-MM'), bucket, sum(items) from transparency_action_time
                where %s group by 1, bucket""".formatted(PERIOD), scope, first, last, partDay).getResultList()) {
            Object[] row = (Object[]) r;
            histograms.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put(((Number) row[1]).intValue(), number(row[2]));
        }
        List<Month> months = new ArrayList<>();
        for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(last); m = m.plusMonths(1)) {
            String key = m.toString().substring(0, 7);
            long[] v = volumes.getOrDefault(key, new long[3]);
            SortedMap<Integer, Long> histogram = histograms.getOrDefault(key, new TreeMap<>());
            months.add(new Month(key, v[0], v[1], v[2], actioned.getOrDefault(key, 0L),
                    hours(DurationHistogram.percentile(histogram, 0.5)), hours(DurationHistogram.percentile(histogram, 0.95))));
        }
        return months;
    }

    /**
     * Open items of the notices filed on {@code day} in the hours that ended by {@code before}, by channel, from
     * {@code transparency_open_hour}: at most 24 hours of rows.
     */
    private List<?> openByHour(long scope, LocalDate day, Instant before) {
        return em.createNativeQuery("""
                select channel, sum(open) from transparency_open_hour
                where brand_id = :scope and hour >= :dayStart and hour < :hoursTo group by channel""")
                .setParameter("scope", scope).setParameter("dayStart", day.atStartOfDay(ZoneOffset.UTC).toInstant())
                .setParameter("hoursTo", before.truncatedTo(ChronoUnit.HOURS)).getResultList();
    }

    /** The period's whole months as month rows, the days before and after them as day rows. */
    private static final String PERIOD = """
            brand_id = :scope and ((span = 'D' and day >= :first and day < :monthsFrom)
              or (span = 'M' and day >= :monthsFrom and day < :monthsTo)
              or (span = 'D' and day >= :monthsTo and day <= :last))""";

    /**
     * A query over the rollup rows of {@link #PERIOD}: at most 36 month rows and 61 day rows per key, whatever the
     * length of the period. The month that holds {@code partDay} is read by its days, whose open items are counted
     * apart.
     */
    private jakarta.persistence.Query days(String sql, long scope, LocalDate first, LocalDate last, LocalDate partDay) {
        LocalDate monthsFrom = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
        LocalDate monthsTo = last.plusDays(1).withDayOfMonth(1);
        if (monthsTo.isAfter(partDay.withDayOfMonth(1))) {
            monthsTo = partDay.withDayOfMonth(1);
        }
        if (!monthsTo.isAfter(monthsFrom)) {
            monthsFrom = last.plusDays(1);
            monthsTo = monthsFrom;
        }
        return em.createNativeQuery(sql).setParameter("scope", scope).setParameter("first", first).setParameter("last", last)
                .setParameter("monthsFrom", monthsFrom).setParameter("monthsTo", monthsTo);
    }

    private static void add(long[] into, long[] counts) {
        for (int i = 0; i < into.length; i++) {
            into[i] += counts[i];
        }
    }

    /** Items that are not duplicates: every outcome column but the last. */
    private static long items(long[] counts) {
        return counts[1] + counts[2] + counts[3] + counts[4] + counts[5];
    }

    private static List<Volume> volumes(Map<String, long[]> byKey) {
        List<Volume> volumes = new ArrayList<>();
        byKey.forEach((key, c) -> {
            if (items(c) > 0) {
                volumes.add(new Volume(key, items(c), c[2], c[3], c[1], c[4], c[5]));
            }
        });
        return volumes;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Seconds as hours with two decimals; none when nothing was actioned. */
    private static BigDecimal hours(OptionalDouble seconds) {
        return seconds.isEmpty() ? null
                : BigDecimal.valueOf(seconds.getAsDouble()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
