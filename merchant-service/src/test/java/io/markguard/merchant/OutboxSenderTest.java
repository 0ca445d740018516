package io.markguard.merchant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.merchant.outbox.Outbox;
import io.markguard.merchant.outbox.OutboxSender;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxSenderTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @BeforeEach
    void emptyOutbox() {
        fixtures.reset();
    }

    @Test
    void aMessageAnotherReplicaHoldsIsSkippedAndTheBackoffHasACeiling() throws Exception {
        long id = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(Outbox.COMPLAINT_SERVICE, "test-claim-1",
                Map.of("type", "APPEAL_UPHELD", "complaintItemId", "item-1")).id);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another replica's sender, mid-delivery: it holds the row's lock.
        CompletableFuture<Void> otherReplica = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage.getEntityManager()
                    .createNativeQuery("SELECT id FROM outbox_message WHERE id = ?1 FOR UPDATE SKIP LOCKED")
                    .setParameter(1, id).getResultList();
            claimed.countDown();
            try {
                assertTrue(release.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(claimed.await(30, TimeUnit.SECONDS));
        try {
            assertEquals(new OutboxSender.Run(0, 0), sender.deliverDue());
        } finally {
            release.countDown();
            otherReplica.get(30, TimeUnit.SECONDS);
        }
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id).attempts));

        // Released, it is tried; complaint-service is not there, so it waits, never longer than an hour.
        for (int attempt = 1; attempt <= 9; attempt++) {
            assertEquals(new OutboxSender.Run(0, 1), sender.deliverDue());
            OutboxMessage message = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id));
            assertEquals(attempt, message.attempts);
            assertEquals(OutboxMessage.PENDING, message.status);
            Duration wait = Duration.between(fixtures.clock().instant(), message.nextAttemptAt);
            Duration expected = Duration.ofSeconds(30L << (attempt - 1));
            assertEquals(expected.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : expected, wait);
            fixtures.clock().advance(wait);
        }
    }
}
