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
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from brand_day_figures where brand_id = ?1").setParameter(1, BRAND).executeUpdate();
            em.createNativeQuery("delete from brand_record where brand_id = ?1").setParameter(1, BRAND).executeUpdate();
            em.createNativeQuery("""
                    insert into brand_record (brand_id, fast_track, fast_track_since, fast_track_items)
                    values (?1, true, ?2, 5)""").setParameter(1, BRAND).setParameter(2, clock.instant().minus(1, ChronoUnit.DAYS))
                    .executeUpdate();
            // Three items accepted today by a reviewer: the bar of the test policy (3 decided, all accepted).
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
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Another writer of the brand (a misuse warning, a spot check) holds the row and has changed it.
            Future<?> other = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("""
                        update brand_record set misuse_warned_at = ?1, fast_track_items = fast_track_items + 7
                         where brand_id = ?2""").setParameter(1, warnedAt).setParameter(2, BRAND).executeUpdate();
                otherHoldsTheRow.countDown();
                await(otherMayCommit);
            }));
            await(otherHoldsTheRow);
            // The notice reads the record as committed (5 items, no warning), then waits for the row.
            Future<FastTrack.Decision> notice = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                FastTrack.Decision decision = fastTrack.forNotice(BRAND);
                decision.nextIsSpotCheck();
                return decision;
            }));
            awaitWaitingForTheRow();
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

    /** Until the notice's transaction is seen waiting for a row lock on brand_record. */
    private void awaitWaitingForTheRow() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            long waiting = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                    select count(*) from pg_stat_activity
                     where datname = current_database() and pid <> pg_backend_pid()
                       and wait_event_type = 'Lock' and query ilike '%brand_record%'""").getSingleResult()).longValue());
            if (waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        fail("the notice never waited for the brand's row");
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
