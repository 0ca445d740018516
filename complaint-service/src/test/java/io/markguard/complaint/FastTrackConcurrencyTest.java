package io.markguard.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.markguard.complaint.service.FastTrack;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fast-track notice and another change to the brand's record at the same moment: the notice reads the record, waits
 * for the other transaction's lock, and must then count on what that transaction committed, not on what it read.
 */
@QuarkusTest
class FastTrackConcurrencyTest {

    static final long BRAND = 9_100_001L;

    @Inject
    EntityManager em;

    @Inject
    FastTrack fastTrack;

    @Inject
    Clock clock;

    @BeforeEach
    void fastTrackBrand() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("brand_day_figures", "brand_type_record", "brand_record", "complaint_item", "complaint")) {
                em.createNativeQuery("delete from " + table + " where brand_id = ?1").setParameter(1, BRAND).executeUpdate();
            }
            em.createNativeQuery("""
                    insert into brand_record (brand_id, fast_track, fast_track_since, fast_track_items)
                    values (?1, true, ?2, 5)""").setParameter(1, BRAND).setParameter(2, now.minus(1, ChronoUnit.DAYS))
                    .executeUpdate();
            // Three items a reviewer accepted today, the bar of the test policy, and the day row that counts them
            // (as the scheduled check recounts it, so that it finds nothing to repair here).
            em.createNativeQuery("""
                    insert into complaint (id, brand_id, brand_name, right_id, right_type, right_office,
                        right_registration_number, right_mark, infringement_type, explanation, submitter_subject,
                        submitter_email, good_faith, accurate, channel, filed_at)
                    values (?1, ?1, 'Brand ' || ?1, 1, 'TRADEMARK', 'USPTO', '000000', 'MARK', 'COUNTERFEIT',
                        'Seeded for the fast track.', 'seed', 'seed@markguard.test', true, true, 'STANDARD', ?2)""")
                    .setParameter(1, BRAND).setParameter(2, now).executeUpdate();
            for (long item = BRAND + 1; item <= BRAND + 3; item++) {
                em.createNativeQuery("""
                        insert into complaint_item (id, complaint_id, brand_id, infringement_type, listing_id, listing_url,
                            listing_title, listing_status, seller_merchant_id, snapshot, snapshot_sha256, snapshot_at, status,
                            channel, spot_check, deadline, decided_at, decided_by, reason_code, created_at)
                        values (?1, ?2, ?2, 'COUNTERFEIT', ?1, 'https://shop.test/' || ?1, 'Seeded listing', 'REMOVED', 1,
                            '{}', 'seed', ?3, 'ACCEPTED', 'STANDARD', false, ?4, ?3, 'reviewer', 'COUNTERFEIT_CONFIRMED', ?3)""")
                        .setParameter(1, item).setParameter(2, BRAND).setParameter(3, now)
                        .setParameter(4, now.plus(1, ChronoUnit.DAYS)).executeUpdate();
            }
            em.createNativeQuery("""
                    insert into brand_day_figures (brand_id, day, infringement_type, decided, accepted, rejected, takedowns,
                        reversed_on_appeal, retracted, decided_by_person, manifestly_unfounded, standard_decided,
                        standard_decided_late)
                    values (?1, ?2, 'COUNTERFEIT', 3, 3, 0, 3, 0, 0, 3, 0, 3, 0)""")
                    .setParameter(1, BRAND).setParameter(2, today).executeUpdate();
        });
    }

    @Test
    void aChangeCommittedWhileTheNoticeWaitedForTheLockIsKept() throws Exception {
        Instant warnedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        CountDownLatch otherHoldsTheRow = new CountDownLatch(1);
        CountDownLatch otherMayCommit = new CountDownLatch(1);
        CompletableFuture<Integer> otherBackend = new CompletableFuture<>();
        CompletableFuture<Integer> noticeBackend = new CompletableFuture<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Another writer of the brand (a misuse warning, a spot check) holds the row and has changed it.
            Future<?> other = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                otherBackend.complete(backend());
                em.createNativeQuery("""
                        update brand_record set misuse_warned_at = ?1, fast_track_items = fast_track_items + 7
                         where brand_id = ?2""").setParameter(1, warnedAt).setParameter(2, BRAND).executeUpdate();
                otherHoldsTheRow.countDown();
                await(otherMayCommit);
            }));
            await(otherHoldsTheRow);
            // The notice reads the record as committed (5 items, no warning), then waits for the row.
            Future<FastTrack.Decision> notice = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                noticeBackend.complete(backend());
                FastTrack.Decision decision = fastTrack.forNotice(BRAND, InfringementType.COUNTERFEIT);
                decision.nextIsSpotCheck();
                return decision;
            }));
            awaitBlocked(noticeBackend.get(30, TimeUnit.SECONDS), otherBackend.get(30, TimeUnit.SECONDS));
            otherMayCommit.countDown();
            other.get(30, TimeUnit.SECONDS);
            assertEquals(Channel.FAST_TRACK, notice.get(30, TimeUnit.SECONDS).channel());
        } finally {
            otherMayCommit.countDown();
            pool.shutdownNow();
        }

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select fast_track_items, misuse_warned_at from brand_record where brand_id = ?1")
                .setParameter(1, BRAND).getSingleResult());
        // 5 before, 7 counted by the other transaction, 1 by the notice; the warning is still there.
        assertEquals(13L, ((Number) row[0]).longValue());
        assertNotNull(row[1], "the misuse warning given meanwhile was overwritten");
    }

    /** The database backend of the caller's transaction. */
    private int backend() {
        return ((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
    }

    /** Until the notice's backend waits for a lock the other transaction's backend holds. */
    private void awaitBlocked(int notice, int other) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            boolean blocked = QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery(
                    "select cast(?2 as integer) = any (pg_blocking_pids(?1))")
                    .setParameter(1, notice).setParameter(2, other).getSingleResult());
            if (blocked) {
                return;
            }
            Thread.sleep(20);
        }
        fail("the notice never waited for the other transaction's lock on the brand's row");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "the other transaction did not get this far");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
