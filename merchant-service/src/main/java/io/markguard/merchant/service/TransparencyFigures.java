package io.markguard.merchant.service;

import io.markguard.merchant.config.PenaltyPolicy;
import io.markguard.platform.figures.DurationHistogram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The merchants' side of the platform's record over a period, read from the rollups {@link LedgerFigures} keeps (a few
 * rows per day, whatever the size of the ledger): appeals by filing day, sanctions and violations by decision day,
 * and repeat-infringer determinations under the penalty policy's distinct-brands rule. Counts only.
 */
@ApplicationScoped
public class TransparencyFigures {

    public static final String METHOD = "Appeals filed in the period (from 00:00 UTC on the first day to 24:00 UTC on"
            + " the last), as they stand now; the median time from filing to decision over those decided is read from"
            + " per-day histograms of the times, in buckets whose bounds grow by 5 %, and is "
            + DurationHistogram.PRECISION + ". Sanctions and violations are counted by the day they were decided,"
            + " whatever became of them later. Repeat infringers are counted as determinations: violations in the period"
            + " with which a merchant reached the repeat-infringer rule (violations from the rule's number of distinct"
            + " brands within its window, reversed ones left out), so a merchant determined twice in the period counts"
            + " twice and one that met the rule earlier does not count again. Repeat violations are violations recorded"
            + " while the merchant had another one, not reversed, within the window. Every count is exact.";

    public record Appeals(long filed, long open, long upheld, long denied, BigDecimal upheldShare,
            BigDecimal medianHoursToDecision) {
    }

    public record Measure(String measure, long sanctions) {
    }

    public record RepeatInfringers(int distinctBrands, long windowDays, long determinations, long repeatViolations) {
    }

    public record Figures(Instant from, Instant to, Appeals appeals, List<Measure> sanctions, long violations,
            RepeatInfringers repeatInfringers, String method, Instant generatedAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    PenaltyPolicy policy;

    /** From the first instant of the period's first day to the first instant after its last day. */
    @Transactional
    public Figures over(Instant start, Instant end, Instant now) {
        LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(end, ZoneOffset.UTC).minusDays(1);
        Object[] a = (Object[]) days("""
                select coalesce(sum(filed), 0), coalesce(sum(open), 0), coalesce(sum(upheld), 0), coalesce(sum(denied), 0)
                from transparency_appeal_day where day >= :first and day <= :last""", first, last).getSingleResult();
        SortedMap<Integer, Long> times = new TreeMap<>();
        for (Object r : days("""
                select bucket, sum(items) from transparency_appeal_time where day >= :first and day <= :last
                group by bucket""", first, last).getResultList()) {
            Object[] row = (Object[]) r;
            times.put(((Number) row[0]).intValue(), number(row[1]));
        }
        OptionalDouble median = DurationHistogram.percentile(times, 0.5);
        long upheld = number(a[2]);
        long denied = number(a[3]);
        Appeals appeals = new Appeals(number(a[0]), number(a[1]), upheld, denied,
                upheld + denied == 0 ? null : BigDecimal.valueOf(upheld).divide(BigDecimal.valueOf(upheld + denied), 4, RoundingMode.HALF_UP),
                median.isEmpty() ? null : BigDecimal.valueOf(median.getAsDouble()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP));

        List<Measure> sanctions = new ArrayList<>();
        for (Object r : days("""
                select measure, sum(sanctions) from transparency_sanction_day where day >= :first and day <= :last
                group by measure having sum(sanctions) > 0 order by measure""", first, last).getResultList()) {
            Object[] row = (Object[]) r;
            sanctions.add(new Measure((String) row[0], number(row[1])));
        }
        Object[] v = (Object[]) days("""
                select coalesce(sum(violations), 0), coalesce(sum(repeat_determinations), 0),
                       coalesce(sum(repeat_violations), 0)
                from transparency_violation_day where day >= :first and day <= :last""", first, last).getSingleResult();
        PenaltyPolicy.RepeatInfringer rule = policy.repeatInfringer();
        return new Figures(start, end, appeals, sanctions, number(v[0]),
                new RepeatInfringers(rule.distinctBrands(), rule.window().toDays(), number(v[1]), number(v[2])), METHOD,
                now);
    }

    private jakarta.persistence.Query days(String sql, LocalDate first, LocalDate last) {
        return em.createNativeQuery(sql).setParameter("first", first).setParameter("last", last);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
