package io.markguard.merchant.service;

import io.markguard.merchant.config.PenaltyPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Recomputes the ledger's counters of each merchant from its violations and sets right what differs, logging it and
 * counting it in {@code markguard.ledger.repairs}. It goes through the merchants in id order, a batch per round,
 * and remembers where it is in {@code ledger_check}: a replica claims the next batch under that row's lock (skipped
 * while another replica holds it) and checks each merchant in a transaction of its own under the merchant's lock, so
 * every replica may run it and a takedown waits at most for one merchant's recomputation.
 */
@ApplicationScoped
public class LedgerCheck {

    private static final Logger LOG = Logger.getLogger(LedgerCheck.class);

    /** Merchants checked in a round and counter rows repaired. */
    public record Checked(int merchants, int repairs) {
    }

    @Inject
    EntityManager em;

    @Inject
    PenaltyPolicy policy;

    @Inject
    MerchantMetrics metrics;

    @Inject
    Clock clock;

    @ConfigProperty(name = "markguard.jobs.ledger-check-batch", defaultValue = "50")
    int batchSize;

    @Scheduled(identity = "ledger-check", every = "${markguard.jobs.ledger-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        checkNext();
    }

    /** The next batch of merchants after the one last checked; from the first again after the last. */
    public Checked checkNext() {
        List<Long> merchants = QuarkusTransaction.requiringNew().call(this::claimNext);
        int repairs = 0;
        for (long merchant : merchants) {
            repairs += QuarkusTransaction.requiringNew().call(() -> check(merchant));
        }
        return new Checked(merchants.size(), repairs);
    }

    private List<Long> claimNext() {
        List<?> place = em.createNativeQuery(
                "SELECT after_merchant FROM ledger_check WHERE name = 'counters' FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (place.isEmpty()) {
            return List.of();
        }
        long after = ((Number) place.get(0)).longValue();
        List<Long> merchants = em.createNativeQuery(
                "SELECT id FROM merchant WHERE id > :after ORDER BY id LIMIT :batch", Long.class)
                .setParameter("after", after)
                .setParameter("batch", batchSize)
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        boolean lastBatch = merchants.size() < batchSize;
        em.createNativeQuery("UPDATE ledger_check SET after_merchant = :next, rounds = rounds + :round,"
                + " updated_at = :now WHERE name = 'counters'")
                .setParameter("next", lastBatch ? 0L : merchants.get(merchants.size() - 1))
                .setParameter("round", lastBatch ? 1 : 0)
                .setParameter("now", clock.instant())
                .executeUpdate();
        return merchants;
    }

    /** Recomputes one merchant's counters from its violations and repairs them; the number of rows set right. */
    @Transactional
    public int check(long merchantId) {
        em.createNativeQuery("SELECT id FROM merchant WHERE id = :merchant FOR UPDATE")
                .setParameter("merchant", merchantId).getResultList();
        Instant now = clock.instant();
        List<String> drift = new ArrayList<>();
        checkPoints(merchantId, now, drift);
        checkBrands(merchantId, now.minus(policy.repeatInfringer().window()), drift);
        if (!drift.isEmpty()) {
            LOG.warnf("Ledger counters of merchant %d differed from its violations in %d rows, now repaired: %s%s",
                    merchantId, drift.size(), String.join("; ", drift.subList(0, Math.min(drift.size(), 5))),
                    drift.size() > 5 ? "; …" : "");
            metrics.ledgerRepaired(drift.size());
        }
        return drift.size();
    }

    /** Points by expiry day for the days the counters are read for: those after today. */
    private void checkPoints(long merchantId, Instant now, List<String> drift) {
        LocalDate today = LedgerCounters.day(now);
        Map<LocalDate, Integer> expected = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("""
                SELECT CAST(expires_at AT TIME ZONE 'UTC' AS date), CAST(sum(points) AS integer) FROM violation
                WHERE merchant_id = :merchant AND status = 'ACTIVE' AND expires_at >= :tomorrow
                GROUP BY 1""")
                .setParameter("merchant", merchantId)
                .setParameter("tomorrow", LedgerCounters.startOf(today.plusDays(1)))
                .getResultList())) {
            expected.put(date(row[0]), ((Number) row[1]).intValue());
        }
        Map<LocalDate, Integer> kept = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery(
                "SELECT expires_on, points FROM merchant_points_day WHERE merchant_id = :merchant AND expires_on > :today")
                .setParameter("merchant", merchantId)
                .setParameter("today", today)
                .getResultList())) {
            kept.put(date(row[0]), ((Number) row[1]).intValue());
        }
        Set<LocalDate> days = new HashSet<>(expected.keySet());
        days.addAll(kept.keySet());
        for (LocalDate day : days) {
            int should = expected.getOrDefault(day, 0);
            int is = kept.getOrDefault(day, 0);
            if (should != is) {
                drift.add("points expiring " + day + ": " + is + " counted, " + should + " recorded");
                em.createNativeQuery("""
                        INSERT INTO merchant_points_day (merchant_id, expires_on, points) VALUES (:merchant, :day, :points)
                        ON CONFLICT (merchant_id, expires_on) DO UPDATE SET points = excluded.points""")
                        .setParameter("merchant", merchantId)
                        .setParameter("day", day)
                        .setParameter("points", should)
                        .executeUpdate();
            }
        }
    }

    /** The latest standing decision per brand, for the brands the repeat-infringer window sees on either side. */
    private void checkBrands(long merchantId, Instant windowStart, List<String> drift) {
        Map<String, Instant> expected = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("""
                SELECT brand_id, max(decided_at) FROM violation
                WHERE merchant_id = :merchant AND status <> 'REVERSED' GROUP BY brand_id""")
                .setParameter("merchant", merchantId)
                .getResultList())) {
            expected.put((String) row[0], instant(row[1]));
        }
        Map<String, Instant> kept = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery(
                "SELECT brand_id, last_decided_at FROM merchant_brand WHERE merchant_id = :merchant")
                .setParameter("merchant", merchantId)
                .getResultList())) {
            kept.put((String) row[0], instant(row[1]));
        }
        Set<String> brands = new HashSet<>(expected.keySet());
        brands.addAll(kept.keySet());
        for (String brand : brands) {
            Instant should = expected.get(brand);
            Instant is = kept.get(brand);
            boolean counted = is != null && is.isAfter(windowStart);
            boolean recorded = should != null && should.isAfter(windowStart);
            if (Objects.equals(should, is) || (!counted && !recorded)) {
                continue;
            }
            drift.add("brand " + brand + ": latest decision " + is + " counted, " + should + " recorded");
            if (should == null) {
                em.createNativeQuery("DELETE FROM merchant_brand WHERE merchant_id = :merchant AND brand_id = :brand")
                        .setParameter("merchant", merchantId)
                        .setParameter("brand", brand)
                        .executeUpdate();
            } else {
                em.createNativeQuery("""
                        INSERT INTO merchant_brand (merchant_id, brand_id, last_decided_at) VALUES (:merchant, :brand, :at)
                        ON CONFLICT (merchant_id, brand_id) DO UPDATE SET last_decided_at = excluded.last_decided_at""")
                        .setParameter("merchant", merchantId)
                        .setParameter("brand", brand)
                        .setParameter("at", should)
                        .executeUpdate();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }
}
