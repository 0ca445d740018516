package io.markguard.merchant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.platform.outbox.Outbox;
import io.markguard.platform.outbox.OutboxMessage;
import io.markguard.platform.outbox.OutboxPurge;
import io.markguard.platform.outbox.OutboxRelay;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The platform's outbox relay as merchant-service runs it: claims, leases, capped backoff, dead letters. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Inject
    HeldRoute held;

    @Inject
    OutboxPurge purge;

    @BeforeEach
    void emptyOutbox() {
        fixtures.reset();
        held.reset();
    }

    private long enqueueHeld(String key, boolean hold, String item) {
        Map<String, Object> payload = new java.util.HashMap<>();
        payload.put("hold", hold);
        if (item != null) {
            payload.put("item", item);
        }
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(HeldRoute.DESTINATION, key, payload).id);
    }

    @Test
    void aSlowReceiverHoldsUpOnlyItsOwnMessage() throws Exception {
        long slow = enqueueHeld("test-slow-1", true, null);
        List<Long> quick = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            quick.add(enqueueHeld("test-quick-" + n, false, null));
        }
        CompletableFuture<OutboxRelay.Run> sweep = CompletableFuture.supplyAsync(relay::deliverDue);
        try {
            assertTrue(held.awaitHeld("test-slow-1"));
            // While the slow message is still being sent, the others are delivered and their outcome written.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!quick.stream().allMatch(id -> OutboxMessage.DELIVERED.equals(message(id).status))
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            quick.forEach(id -> assertEquals(OutboxMessage.DELIVERED, message(id).status));
            assertEquals(OutboxMessage.PENDING, message(slow).status);
            assertFalse(sweep.isDone());
        } finally {
            held.letGo();
        }
        assertEquals(new OutboxRelay.Run(6, 0), sweep.get(30, TimeUnit.SECONDS));
        assertEquals(OutboxMessage.DELIVERED, message(slow).status);
    }

    @Test
    void deliveredMessagesGoAfterAWeekAndNothingElseDoes() {
        long old = enqueueHeld("test-purge-old", false, null);
        long dead = enqueue("test-purge-dead");
        QuarkusTransaction.requiringNew().run(() -> em.find(OutboxMessage.class, dead).status = OutboxMessage.DEAD);
        assertEquals(new OutboxRelay.Run(1, 0), relay.deliverDue());
        fixtures.clock().advance(Duration.ofDays(6));
        long recent = enqueueHeld("test-purge-recent", false, null);
        assertEquals(new OutboxRelay.Run(1, 0), relay.deliverDue());
        long pending = enqueue("test-purge-pending");

        // Six days on nothing is old enough; past seven days the first delivered message goes, and only it.
        assertEquals(0, purge.purge());
        fixtures.clock().advance(Duration.ofDays(1).plusMinutes(1));
        assertEquals(1, purge.purge());
        assertEquals(null, message(old));
        assertEquals(OutboxMessage.DELIVERED, message(recent).status);
        assertEquals(OutboxMessage.DEAD, message(dead).status);
        assertEquals(OutboxMessage.PENDING, message(pending).status);
        assertEquals(0, purge.purge());
    }

    @Test
    void messagesOfOneOrderingKeyGoOneAfterAnother() throws Exception {
        long first = enqueueHeld("test-item-7-takedown", true, "item-7");
        long second = enqueueHeld("test-item-7-retraction", false, "item-7");
        long other = enqueueHeld("test-item-8-takedown", false, "item-8");
        CompletableFuture<OutboxRelay.Run> sweep = CompletableFuture.supplyAsync(relay::deliverDue);
        try {
            assertTrue(held.awaitHeld("test-item-7-takedown"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!OutboxMessage.DELIVERED.equals(message(other).status) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            // Another item's message is not held up; the item's second message waits for its first.
            assertEquals(OutboxMessage.DELIVERED, message(other).status);
            assertEquals(OutboxMessage.PENDING, message(second).status);
            assertFalse(held.received().contains("test-item-7-retraction"));
        } finally {
            held.letGo();
        }
        // The sweep found the second message held back; it goes as soon as the first is recorded, not with the
        // next sweep (this test runs none).
        assertEquals(new OutboxRelay.Run(2, 0), sweep.get(30, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!OutboxMessage.DELIVERED.equals(message(second).status) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(OutboxMessage.DELIVERED, message(first).status);
        assertEquals(OutboxMessage.DELIVERED, message(second).status);
        assertEquals(new OutboxRelay.Run(0, 0), relay.deliverDue());
        List<String> received = held.received();
        assertTrue(received.indexOf("test-item-7-takedown") < received.indexOf("test-item-7-retraction"));
    }

    private OutboxMessage message(long id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(OutboxMessage.class, id));
    }

    private long enqueue(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.enqueue(UnreachableRoute.DESTINATION, key, Map.of("note", "for nobody")).id);
    }

    @Test
    void aMessageAnotherReplicaHoldsIsSkippedAndTheBackoffHasACeiling() throws Exception {
        long id = enqueue("test-claim-1");
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another replica's relay, mid-delivery: it holds the row's lock.
        CompletableFuture<Void> otherReplica = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("SELECT id FROM outbox_message WHERE id = ?1 FOR UPDATE SKIP LOCKED")
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
            assertEquals(new OutboxRelay.Run(0, 0), relay.deliverDue());
        } finally {
            release.countDown();
            otherReplica.get(30, TimeUnit.SECONDS);
        }
        assertEquals(0, message(id).attempts);

        // Released, it is tried; the receiver is not there, so it waits, never longer than an hour.
        // 2 s doubling: the hour is reached at the twelfth attempt.
        for (int attempt = 1; attempt <= 13; attempt++) {
            assertEquals(new OutboxRelay.Run(0, 1), relay.deliverDue());
            OutboxMessage message = message(id);
            assertEquals(attempt, message.attempts);
            assertEquals(OutboxMessage.PENDING, message.status);
            Duration wait = Duration.between(fixtures.clock().instant(), message.nextAttemptAt);
            Duration expected = Duration.ofSeconds(2L << (attempt - 1));
            assertEquals(expected.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : expected, wait);
            fixtures.clock().advance(wait);
        }
    }

    @Test
    void afterTheLastAttemptItIsADeadLetterThatAnOperatorSeesAndRequeues() {
        long id = enqueue("test-dead-1");
        // %test allows 14 attempts.
        for (int attempt = 1; attempt <= 14; attempt++) {
            assertEquals(new OutboxRelay.Run(0, 1), relay.deliverDue());
            fixtures.clock().advance(Duration.ofHours(1));
        }
        OutboxMessage dead = message(id);
        assertEquals(OutboxMessage.DEAD, dead.status);
        assertEquals(14, dead.attempts);
        // A dead letter is never tried again by the sweeper.
        assertEquals(new OutboxRelay.Run(0, 0), relay.deliverDue());

        String admin = TestKeycloak.userToken("admin");
        given().auth().oauth2(admin).get("/api/admin/outbox/dead-letters").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].destination", equalTo(UnreachableRoute.DESTINATION))
                .body("items[0].attempts", equalTo(14))
                .body("items[0].lastError", startsWith("IllegalStateException: test-unreachable does not answer"));
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/admin/outbox/dead-letters").then()
                .statusCode(403);
        given().auth().oauth2(admin).post("/api/admin/outbox/dead-letters/" + id + "/requeue").then().statusCode(200)
                .body("attempts", equalTo(0));
        assertEquals(OutboxMessage.PENDING, message(id).status);
        // Only a dead letter can be re-queued.
        given().auth().oauth2(admin).post("/api/admin/outbox/dead-letters/" + id + "/requeue").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(admin).get("/api/admin/outbox/dead-letters").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void deadLettersArePagedWithACursor() {
        for (int n = 1; n <= 3; n++) {
            long id = enqueue("test-page-" + n);
            QuarkusTransaction.requiringNew().run(() -> em.find(OutboxMessage.class, id).status = OutboxMessage.DEAD);
        }
        String admin = TestKeycloak.userToken("admin");
        String cursor = given().auth().oauth2(admin).queryParam("limit", 2).get("/api/admin/outbox/dead-letters")
                .then().statusCode(200).body("items", hasSize(2)).extract().path("nextCursor");
        given().auth().oauth2(admin).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/admin/outbox/dead-letters").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].idempotencyKey", equalTo("test-page-1"))
                .body("nextCursor", equalTo(null));
        given().auth().oauth2(admin).queryParam("cursor", "not-a-cursor").get("/api/admin/outbox/dead-letters")
                .then().statusCode(400).body("violations[0].field", equalTo("cursor"));
    }

    /**
     * Statistics taken while nothing was pending (a large table, an empty queue) make every index of the pending
     * messages look empty; the claim must still look up a key's earlier messages by their own index, not walk the
     * queue once per candidate.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theClaimLooksUpAKeysEarlierMessagesByTheirIndexWhateverTheStatistics() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into outbox_message (id, destination, idempotency_key, payload, status, attempts,
                        next_attempt_at, created_at, delivered_at, ordering_key)
                    select -g, 'test-held', 'test-delivered-' || g, '{}', 'DELIVERED', 1, now(), now(), now(),
                        'item-delivered-' || g
                    from generate_series(1, 20000) g""").executeUpdate();
            em.createNativeQuery("analyze outbox_message").executeUpdate();
        });
        for (int n = 1; n <= 300; n++) {
            enqueueHeld("test-plan-" + n, false, "item-" + (n % 150));
        }
        List<String> plan = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "explain " + OutboxRelay.claimStatement(false, false))
                .setParameter("now", java.time.Instant.now().plusSeconds(60)).setParameter("limit", 50)
                .getResultList());
        String text = String.join("\n", plan);
        String subPlan = text.substring(text.indexOf("SubPlan"));
        assertTrue(subPlan.contains("outbox_key_order"), text);
        assertFalse(subPlan.contains("outbox_claim"), text);
        assertTrue(text.substring(0, text.indexOf("SubPlan")).contains("outbox_claim"), text);
    }
}
