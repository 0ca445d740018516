package io.markguard.complaint.service;

import io.markguard.complaint.BrandRecord;
import io.markguard.complaint.config.MisusePolicy;
import io.markguard.complaint.config.TrustPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Checks the day rows {@link BrandDayFigures} keeps against a recount of the items, a few brands per run, and repairs
 * any drift, logging it and counting it in /q/metrics. Runs on every replica: one replica at a time holds the run
 * (a lease on the one row of {@code brand_figures_check}, which also keeps where the last run stopped), so no brand
 * is checked by two at once. Only the days a request reads are checked: those of the longer of the trust and misuse
 * windows. Each brand's recount reads its items of those days through {@code complaint_item_brand_decided}.
 */
@ApplicationScoped
public class BrandFiguresCheck {

    private static final Logger LOG = Logger.getLogger(BrandFiguresCheck.class);

    /** A day row that did not match the recount: what was counted and what the items say, column by column. */
    public record Drift(long brandId, LocalDate day, String infringementType, long[] counted, long[] recounted) {
    }

    /** Counted against recounted, in one statement, so the rows and the items are read at one snapshot. */
    private static final String COMPARE = """
            WITH recounted AS (
                SELECT CAST(decided_at AT TIME ZONE 'UTC' AS DATE) AS day, infringement_type,
                       count(*) FILTER (WHERE status IN ('ACCEPTED', 'REJECTED', 'RETRACTED', 'REVERSED_ON_APPEAL')) AS decided,
                       count(*) FILTER (WHERE status = 'ACCEPTED') AS accepted,
                       count(*) FILTER (WHERE status = 'REJECTED') AS rejected,
                       count(*) FILTER (WHERE status IN ('ACCEPTED', 'RETRACTED', 'REVERSED_ON_APPEAL')) AS takedowns,
                       count(*) FILTER (WHERE status = 'REVERSED_ON_APPEAL') AS reversed_on_appeal,
                       count(*) FILTER (WHERE status = 'RETRACTED') AS retracted,
                       count(*) FILTER (WHERE decided_by <> 'fast-track') AS decided_by_person,
                       count(*) FILTER (WHERE decided_by <> 'fast-track' AND reason_code = 'MANIFESTLY_UNFOUNDED')
                           AS manifestly_unfounded,
                       count(*) FILTER (WHERE channel = 'STANDARD') AS standard_decided,
                       count(*) FILTER (WHERE channel = 'STANDARD' AND decided_at > deadline) AS standard_decided_late
                  FROM complaint_item
                 WHERE brand_id = ?1 AND decided_at >= ?2
                 GROUP BY 1, 2),
            counted AS (
                SELECT * FROM brand_day_figures WHERE brand_id = ?1 AND day >= ?3)
            SELECT coalesce(r.day, c.day), coalesce(r.infringement_type, c.infringement_type),
                   coalesce(c.decided, 0), coalesce(c.accepted, 0), coalesce(c.rejected, 0), coalesce(c.takedowns, 0),
                   coalesce(c.reversed_on_appeal, 0), coalesce(c.retracted, 0), coalesce(c.decided_by_person, 0),
                   coalesce(c.manifestly_unfounded, 0), coalesce(c.standard_decided, 0),
                   coalesce(c.standard_decided_late, 0),
                   coalesce(r.decided, 0), coalesce(r.accepted, 0), coalesce(r.rejected, 0), coalesce(r.takedowns, 0),
                   coalesce(r.reversed_on_appeal, 0), coalesce(r.retracted, 0), coalesce(r.decided_by_person, 0),
                   coalesce(r.manifestly_unfounded, 0), coalesce(r.standard_decided, 0),
                   coalesce(r.standard_decided_late, 0)
              FROM recounted r FULL JOIN counted c ON c.day = r.day AND c.infringement_type = r.infringement_type
             WHERE (coalesce(c.decided, 0), coalesce(c.accepted, 0), coalesce(c.rejected, 0), coalesce(c.takedowns, 0),
                    coalesce(c.reversed_on_appeal, 0), coalesce(c.retracted, 0), coalesce(c.decided_by_person, 0),
                    coalesce(c.manifestly_unfounded, 0), coalesce(c.standard_decided, 0),
                    coalesce(c.standard_decided_late, 0))
                <> (coalesce(r.decided, 0), coalesce(r.accepted, 0), coalesce(r.rejected, 0), coalesce(r.takedowns, 0),
                    coalesce(r.reversed_on_appeal, 0), coalesce(r.retracted, 0), coalesce(r.decided_by_person, 0),
                    coalesce(r.manifestly_unfounded, 0), coalesce(r.standard_decided, 0),
                    coalesce(r.standard_decided_late, 0))
             ORDER BY 1, 2""";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TrustPolicy trust;

    @Inject
    MisusePolicy misuse;

    @Inject
    ComplaintMetrics metrics;

    @ConfigProperty(name = "markguard.jobs.figures-check-brands")
    int brandsPerRun;

    @ConfigProperty(name = "markguard.jobs.figures-check-lease")
    Duration lease;

    @Scheduled(identity = "brand-figures-check", every = "${markguard.jobs.figures-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("Brand figures check: a run stopped, the next one resumes: %s", e.toString());
        }
    }

    /**
     * One run: the next brands by id after where the last run stopped, each checked and repaired in its own
     * transaction; after the last brand the next run starts from the first. Answers the brands checked, none while
     * another replica holds the run.
     */
    @ActivateRequestContext
    public List<Long> run() {
        String holder = UUID.randomUUID().toString();
        Long after = QuarkusTransaction.requiringNew().call(() -> claim(holder));
        if (after == null) {
            return List.of();
        }
        List<Long> checked = new ArrayList<>();
        long next = after;
        try {
            @SuppressWarnings("unchecked")
            List<Number> brands = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "SELECT brand_id FROM brand_record WHERE brand_id > ?1 ORDER BY brand_id LIMIT ?2")
                    .setParameter(1, after).setParameter(2, brandsPerRun).getResultList());
            for (Number brand : brands) {
                long brandId = brand.longValue();
                boolean held = QuarkusTransaction.requiringNew().call(() -> {
                    if (!renew(holder)) {
                        return false;
                    }
                    check(brandId);
                    return true;
                });
                if (!held) {
                    return checked;
                }
                checked.add(brandId);
                next = brandId;
            }
            if (brands.size() < brandsPerRun) {
                next = 0;
            }
        } finally {
            long stoppedAt = next;
            QuarkusTransaction.requiringNew().run(() -> release(holder, stoppedAt));
        }
        return checked;
    }

    /** The run for this holder, unless another replica's lease is still on: where the last run stopped. */
    Long claim(String holder) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT after_brand_id, lease_until FROM brand_figures_check WHERE id = 1 FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object leaseUntil = rows.get(0)[1];
        if (leaseUntil != null && toInstant(leaseUntil).isAfter(now)) {
            return null;
        }
        em.createNativeQuery("UPDATE brand_figures_check SET held_by = ?1, lease_until = ?2 WHERE id = 1")
                .setParameter(1, holder).setParameter(2, now.plus(lease)).executeUpdate();
        return ((Number) rows.get(0)[0]).longValue();
    }

    private boolean renew(String holder) {
        return em.createNativeQuery("UPDATE brand_figures_check SET lease_until = ?2 WHERE id = 1 AND held_by = ?1")
                .setParameter(1, holder).setParameter(2, clock.instant().plus(lease)).executeUpdate() == 1;
    }

    private void release(String holder, long after) {
        em.createNativeQuery("""
                UPDATE brand_figures_check SET after_brand_id = ?2, held_by = NULL, lease_until = NULL
                 WHERE id = 1 AND held_by = ?1""").setParameter(1, holder).setParameter(2, after).executeUpdate();
    }

    /**
     * One brand, in the caller's transaction. Day rows that differ from the recount are recounted again with the
     * brand's record locked (every writer of its day rows holds it), logged, and set to the recount.
     */
    List<Drift> check(long brandId) {
        LocalDate firstDay = LocalDate.ofInstant(clock.instant().minus(longestWindow()), ZoneOffset.UTC);
        if (compare(brandId, firstDay).isEmpty()) {
            return List.of();
        }
        BrandRecord.lock(brandId);
        List<Drift> drifts = compare(brandId, firstDay);
        for (Drift drift : drifts) {
            LOG.warnf("Brand figures drifted: brand %d, %s, %s: counted %s, recounted %s; repaired", drift.brandId(),
                    drift.day(), drift.infringementType(), columns(drift.counted()), columns(drift.recounted()));
            repair(drift);
        }
        metrics.figuresRepaired(drifts.size());
        return drifts;
    }

    private List<Drift> compare(long brandId, LocalDate firstDay) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COMPARE).setParameter(1, brandId)
                .setParameter(2, firstDay.atStartOfDay(ZoneOffset.UTC).toInstant()).setParameter(3, firstDay)
                .getResultList();
        int n = BrandDayFigures.COLUMNS.length;
        return rows.stream().map(row -> {
            long[] counted = new long[n];
            long[] recounted = new long[n];
            for (int i = 0; i < n; i++) {
                counted[i] = ((Number) row[2 + i]).longValue();
                recounted[i] = ((Number) row[2 + n + i]).longValue();
            }
            return new Drift(brandId, toDate(row[0]), (String) row[1], counted, recounted);
        }).toList();
    }

    private void repair(Drift drift) {
        var upsert = em.createNativeQuery("""
                INSERT INTO brand_day_figures (brand_id, day, infringement_type, decided, accepted, rejected, takedowns,
                    reversed_on_appeal, retracted, decided_by_person, manifestly_unfounded, standard_decided,
                    standard_decided_late)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                ON CONFLICT (brand_id, day, infringement_type) DO UPDATE SET
                    decided = excluded.decided, accepted = excluded.accepted, rejected = excluded.rejected,
                    takedowns = excluded.takedowns, reversed_on_appeal = excluded.reversed_on_appeal,
                    retracted = excluded.retracted, decided_by_person = excluded.decided_by_person,
                    manifestly_unfounded = excluded.manifestly_unfounded, standard_decided = excluded.standard_decided,
                    standard_decided_late = excluded.standard_decided_late""")
                .setParameter(1, drift.brandId()).setParameter(2, drift.day()).setParameter(3, drift.infringementType());
        for (int i = 0; i < drift.recounted().length; i++) {
            upsert.setParameter(i + 4, drift.recounted()[i]);
        }
        upsert.executeUpdate();
        BrandDayFigures.addToBreaches(em, drift.brandId(), drift.recounted()[8] - drift.counted()[8],
                drift.recounted()[9] - drift.counted()[9]);
    }

    private Duration longestWindow() {
        return trust.window().compareTo(misuse.window()) >= 0 ? trust.window() : misuse.window();
    }

    private static String columns(long[] n) {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < n.length; i++) {
            text.append(i == 0 ? "" : ", ").append(BrandDayFigures.COLUMNS[i]).append('=').append(n[i]);
        }
        return text.append('}').toString();
    }

    private static Instant toInstant(Object value) {
        return value instanceof Instant i ? i : value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
