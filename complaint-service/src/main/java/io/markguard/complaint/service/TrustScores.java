package io.markguard.complaint.service;

import io.markguard.complaint.BrandRecord;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.config.MisusePolicy;
import io.markguard.complaint.config.TrustPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A brand's trust score (accepted ÷ decided items over the window, and the share of takedowns reversed on
 * appeal or retracted), judged against the bar by {@link FastTrack}, and the misuse measures of DSA Art. 23.
 * Windows are whole UTC days; both read the brand's day rows that {@link BrandDayFigures} keeps, never its items.
 */
@ApplicationScoped
public class TrustScores {

    /** The counts behind a score. Shares are null while nothing is decided. */
    public record Figures(long decided, long accepted, long rejected, long takedowns, long reversedOnAppeal,
            long retracted, Double acceptedShare, Double reversedShare) {

        /** The figures of these counts, with accepted ÷ decided and (reversed + retracted) ÷ takedowns. */
        public static Figures of(long decided, long accepted, long rejected, long takedowns, long reversedOnAppeal,
                long retracted) {
            return new Figures(decided, accepted, rejected, takedowns, reversedOnAppeal, retracted,
                    decided == 0 ? null : (double) accepted / decided,
                    takedowns == 0 ? null : (double) (reversedOnAppeal + retracted) / takedowns);
        }
    }

    public record Score(long brandId, Instant windowStart, Figures overall, Map<String, Figures> byInfringementType,
            boolean meetsBar) {
    }

    public record Misuse(long decided, long manifestlyUnfounded, Double unfoundedShare, Instant windowStart,
            Instant warnedAt, Instant suspendedFrom, Instant suspendedUntil) {
    }

    @Inject
    TrustPolicy trust;

    @Inject
    MisusePolicy misuse;

    @Inject
    Clock clock;

    /**
     * The brand's figures over the window, read from its day rows ({@link BrandDayFigures}): whole UTC days, from the
     * start of the day {@code window} before now, so the score never scans the brand's items.
     */
    @Transactional
    public Score score(long brandId) {
        LocalDate firstDay = firstDay(trust.window());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ComplaintItem.getEntityManager().createNativeQuery("""
                SELECT infringement_type, sum(decided), sum(accepted), sum(rejected), sum(takedowns),
                       sum(reversed_on_appeal), sum(retracted)
                  FROM brand_day_figures
                 WHERE brand_id = ?1 AND day >= ?2
                 GROUP BY infringement_type HAVING sum(decided) > 0 ORDER BY infringement_type""")
                .setParameter(1, brandId).setParameter(2, firstDay).getResultList();
        Map<String, Figures> byType = new LinkedHashMap<>();
        long[] total = new long[6];
        for (Object[] row : rows) {
            long[] n = new long[6];
            for (int i = 0; i < 6; i++) {
                n[i] = ((Number) row[i + 1]).longValue();
                total[i] += n[i];
            }
            byType.put((String) row[0], figures(n));
        }
        Figures overall = figures(total);
        return new Score(brandId, startOf(firstDay), overall, byType, FastTrack.meetsBar(overall, trust));
    }

    /** The first UTC day of a window that ends now: the day of now − window, counted whole. */
    LocalDate firstDay(Duration window) {
        return LocalDate.ofInstant(clock.instant().minus(window), ZoneOffset.UTC);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Figures figures(long[] n) {
        return Figures.of(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    /** Reviewer-decided items of the brand over the misuse window (whole UTC days, as the score's), from its day rows. */
    @Transactional
    public Misuse misuse(long brandId) {
        LocalDate firstDay = firstDay(misuse.window());
        Instant start = startOf(firstDay);
        Object[] row = (Object[]) ComplaintItem.getEntityManager().createNativeQuery("""
                SELECT coalesce(sum(decided_by_person), 0), coalesce(sum(manifestly_unfounded), 0)
                  FROM brand_day_figures
                 WHERE brand_id = ?1 AND day >= ?2""")
                .setParameter(1, brandId).setParameter(2, firstDay).getSingleResult();
        long decided = ((Number) row[0]).longValue();
        long unfounded = ((Number) row[1]).longValue();
        BrandRecord record = BrandRecord.read(brandId);
        return new Misuse(decided, unfounded, decided == 0 ? null : (double) unfounded / decided, start,
                record.misuseWarnedAt, record.filingSuspendedFrom, record.filingSuspendedUntil);
    }

    /** 403 FILING_SUSPENDED while a suspension a reviewer confirmed runs ({@link MisuseMeasures}); a proposal never stops filing. */
    public void requireMayFile(BrandRecord record) {
        Instant now = clock.instant();
        if (record.filingSuspendedUntil != null && record.filingSuspendedUntil.isAfter(now)) {
            throw MisuseMeasures.Refused.FILING_SUSPENDED.raise("Filing for this brand is suspended until "
                    + record.filingSuspendedUntil + " by a reviewer's decision, for a high share of manifestly unfounded"
                    + " notices (DSA Art. 23).");
        }
    }

}
