package io.markguard.merchant.service;

import io.markguard.merchant.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The counters the ledger keeps beside the violations, so that a takedown reads a few rows whatever the merchant's
 * record: points by expiry day ({@code merchant_points_day}) and the latest decision per brand
 * ({@code merchant_brand}). Written in the transaction of the takedown or reversal that changes them, under the
 * merchant's lock; {@link LedgerCheck} recomputes them from the violations. The statuses are literals in the SQL so
 * that every plan, generic ones too, can use the partial indexes of V7.
 */
@ApplicationScoped
public class LedgerCounters {

    @Inject
    EntityManager em;

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A new ACTIVE violation: its points on its expiry day, its brand's latest decision. */
    void added(Violation v) {
        em.createNativeQuery("""
                INSERT INTO merchant_points_day (merchant_id, expires_on, points) VALUES (:merchant, :day, :points)
                ON CONFLICT (merchant_id, expires_on) DO UPDATE SET points = merchant_points_day.points + excluded.points""")
                .setParameter("merchant", v.merchant.id)
                .setParameter("day", day(v.expiresAt))
                .setParameter("points", v.points)
                .executeUpdate();
        em.createNativeQuery("""
                INSERT INTO merchant_brand (merchant_id, brand_id, last_decided_at) VALUES (:merchant, :brand, :at)
                ON CONFLICT (merchant_id, brand_id)
                DO UPDATE SET last_decided_at = greatest(merchant_brand.last_decided_at, excluded.last_decided_at)""")
                .setParameter("merchant", v.merchant.id)
                .setParameter("brand", v.brandId)
                .setParameter("at", v.decidedAt)
                .executeUpdate();
    }

    /**
     * The violation is being reversed: exactly what {@link #added} counted comes off. Its points count only while
     * it was ACTIVE ({@code wasActive}); its brand's latest decision falls back to the latest other violation of
     * the brand that stands.
     */
    void reversed(Violation v, boolean wasActive) {
        if (wasActive) {
            em.createNativeQuery("UPDATE merchant_points_day SET points = points - :points"
                    + " WHERE merchant_id = :merchant AND expires_on = :day")
                    .setParameter("merchant", v.merchant.id)
                    .setParameter("day", day(v.expiresAt))
                    .setParameter("points", v.points)
                    .executeUpdate();
        }
        Optional<Instant> latest = latestStanding(v.merchant.id, v.brandId, v.id);
        if (latest.isPresent()) {
            em.createNativeQuery("UPDATE merchant_brand SET last_decided_at = :at"
                    + " WHERE merchant_id = :merchant AND brand_id = :brand")
                    .setParameter("merchant", v.merchant.id)
                    .setParameter("brand", v.brandId)
                    .setParameter("at", latest.get())
                    .executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM merchant_brand WHERE merchant_id = :merchant AND brand_id = :brand")
                    .setParameter("merchant", v.merchant.id)
                    .setParameter("brand", v.brandId)
                    .executeUpdate();
        }
    }

    /** The latest decision of the brand's violations against the merchant that are not reversed, but one. */
    private Optional<Instant> latestStanding(long merchantId, String brandId, long except) {
        List<?> rows = em.createNativeQuery("""
                SELECT decided_at FROM violation
                WHERE merchant_id = :merchant AND brand_id = :brand AND status <> 'REVERSED' AND id <> :except
                ORDER BY decided_at DESC LIMIT 1""", Instant.class)
                .setParameter("merchant", merchantId)
                .setParameter("brand", brandId)
                .setParameter("except", except)
                .getResultList();
        return rows.stream().map(Instant.class::cast).findFirst();
    }

    /**
     * Points of the merchant's ACTIVE violations not expired at {@code now}: the days after today from the
     * counters, today's violations one by one (at most a day's worth).
     */
    public int activePoints(long merchantId, Instant now) {
        LocalDate today = day(now);
        Number sum = (Number) em.createNativeQuery("""
                SELECT coalesce((SELECT sum(points) FROM merchant_points_day
                                 WHERE merchant_id = :merchant AND expires_on > :today), 0)
                     + coalesce((SELECT sum(points) FROM violation
                                 WHERE merchant_id = :merchant AND status = 'ACTIVE'
                                   AND expires_at > :now AND expires_at < :tomorrow), 0)""")
                .setParameter("merchant", merchantId)
                .setParameter("today", today)
                .setParameter("now", now)
                .setParameter("tomorrow", startOf(today.plusDays(1)))
                .getSingleResult();
        return sum.intValue();
    }

    /**
     * How many distinct brands have a violation against the merchant decided after {@code since} that is not
     * reversed, counted up to {@code atMost}: the repeat-infringer rule only asks whether its number is reached.
     */
    public int recentBrands(long merchantId, Instant since, int atMost) {
        Number count = (Number) em.createNativeQuery("""
                SELECT count(*) FROM (SELECT 1 FROM merchant_brand
                                      WHERE merchant_id = :merchant AND last_decided_at > :since
                                      LIMIT :atMost) recent""")
                .setParameter("merchant", merchantId)
                .setParameter("since", since)
                .setParameter("atMost", atMost)
                .getSingleResult();
        return count.intValue();
    }

    /** Days gone by and brands whose latest decision left the window no longer count; removes their rows. */
    int dropPast(Instant now, Instant windowStart) {
        int days = em.createNativeQuery("DELETE FROM merchant_points_day WHERE expires_on < :today")
                .setParameter("today", day(now))
                .executeUpdate();
        int brands = em.createNativeQuery("DELETE FROM merchant_brand WHERE last_decided_at <= :since")
                .setParameter("since", windowStart)
                .executeUpdate();
        return days + brands;
    }
}
